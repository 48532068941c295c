"""Core behaviour shipped as ordinary plugins; each default is ``trylast`` so others may override it."""
