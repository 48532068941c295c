"""The core's own pages: sign-in, the tenant home, LSO user administration, CDSP admin."""
