"""The plugins that ship with the service: contact types, channels and guides.

A plugin imports only ``core``, never another plugin.
"""
