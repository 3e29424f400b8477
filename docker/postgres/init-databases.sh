#!/bin/sh
# Run once by the postgres image, when its data volume is new: a role and a database for
# Budgetflow, and a role for Temporal, which makes its own two databases (temporal-schema).
# The passwords come from the environment (docker/.env); to change one later, ALTER ROLE.
set -eu
: "${BUDGETFLOW_DB_PASSWORD:?}" "${TEMPORAL_DB_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v budgetflow_password="$BUDGETFLOW_DB_PASSWORD" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE budgetflow LOGIN PASSWORD :'budgetflow_password';
CREATE DATABASE budgetflow OWNER budgetflow;
CREATE ROLE temporal LOGIN CREATEDB PASSWORD :'temporal_password';
SQL
