# Placeholder: the database sweeper (issue 11) replaces this with a script that
# starts a throw-away PostgreSQL server and exports CHAT_REDACT_PG_URL.
true
