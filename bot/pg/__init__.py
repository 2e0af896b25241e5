"""The PostgreSQL backend: one shared truth for several bot processes (``DATABASE_URL``).

Knowledge revisions (the YAML texts of both files), the audit log and the unanswered-question
store live in PostgreSQL. Commits are compare-and-swap on the head revision; a committed
revision reaches every process through ``LISTEN/NOTIFY``. Without ``DATABASE_URL`` none of
this is imported and the bot uses its embedded files + SQLite (``bot.stores.FileBackend``).
"""
