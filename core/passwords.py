"""Password hashing (argon2id) and the password policy.

Policy, after NIST SP 800-63B: 12 to 128 characters, no composition rules,
refused when it is a common password or otherwise easy to guess.
"""
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

MIN_LENGTH = 12
MAX_LENGTH = 128
COMMON = frozenset(FREQUENCY_LISTS["passwords"])
OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
_hashers = {}


def hasher():
    cfg = current_app.config
    params = (cfg["CMS_ARGON2_TIME_COST"], cfg["CMS_ARGON2_MEMORY_KIB"], cfg["CMS_ARGON2_PARALLELISM"])
    if params not in _hashers:
        _hashers[params] = PasswordHasher(time_cost=params[0], memory_cost=params[1],
                                          parallelism=params[2], type=Type.ID)
    return _hashers[params]


def hash_password(password):
    return hasher().hash(password)


def verify_password(stored_hash, password):
    """True when ``password`` matches; a hash that is empty or damaged never matches."""
    if not stored_hash:
        hasher().hash(password)  # spend the same time as a real check
        return False
    try:
        return hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash):
    return hasher().check_needs_rehash(stored_hash)


def policy_errors(password, context=()):
    """A list of messages saying what is wrong with ``password`` (empty when it is acceptable)."""
    if len(password) < MIN_LENGTH:
        return [f"Use at least {MIN_LENGTH} characters (a few words together work well)."]
    if len(password) > MAX_LENGTH:
        return [f"Use at most {MAX_LENGTH} characters."]
    lowered = password.lower()
    if lowered in COMMON or lowered.rstrip("0123456789!?.") in COMMON:
        return ["This is one of the most common passwords: choose another."]
    inputs = [c for c in context if c] + ["gas", "contact", "cms", "xoserve", "shipper"]
    result = zxcvbn(password[:64], user_inputs=inputs)
    if result["score"] < 3:
        hint = result["feedback"].get("warning") or "It would be easy to guess."
        return [f"Choose a password that is harder to guess: {hint.rstrip('.')}."]
    return []


def one_time_password():
    """A random password for an LSO to hand to a user; it must be changed at first sign-in."""
    return "-".join("".join(secrets.choice(OTP_ALPHABET) for _ in range(4)) for _ in range(4))
