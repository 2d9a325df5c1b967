"""``leaddesk capture serve``: the HTTP front the team's web site posts its forms to.

A front like the command line: it calls the services (``Workspace.capture``), never the
store, and imports no Qt.
"""
