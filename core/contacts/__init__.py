"""The contacts engine: raising, acting on and reading contacts, whatever the channel.

Channels call :mod:`core.contacts.service` (``raise_contact``, ``raise_many``, ``act``,
``get_contact``, ``list_contacts``, ``queue``); scheduled work is in
:mod:`core.contacts.jobs`; the service-level clock in :mod:`core.contacts.sla`.
"""
