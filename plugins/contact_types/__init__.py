"""Contact types, one plugin module each; copy ``enq.py`` to add a new one."""
