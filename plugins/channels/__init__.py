"""Channels: the ways contacts come in and go out (portal, API, batch files)."""
