-- hogo's two PostgreSQL roles and its database. Run once, as postgres:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -f /opt/hogo/deploy/postgresql/roles.sql
--
-- hogo_owner owns the tables: migrations (hogo migrate, hogo db) connect as it.
-- hogo_app is what the site and the workers connect as: `hogo db grant-app-role
-- hogo_app` lets it read and write the tables but only read and append to the
-- audit log. Neither is a superuser; neither has a password: each is reached
-- through a Unix socket by one system user only (pg_hba.conf, pg_ident.conf).
CREATE ROLE hogo_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE hogo_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
CREATE DATABASE hogo OWNER hogo_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE hogo FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE hogo TO hogo_app;
\connect hogo
-- Only the owner creates objects in hogo's schema.
ALTER SCHEMA public OWNER TO hogo_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
