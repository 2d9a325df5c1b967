"""Storage: SQLAlchemy models, engines per backend, migrations, queries."""
