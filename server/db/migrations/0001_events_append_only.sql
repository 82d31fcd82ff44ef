-- The event log is append-only: the database itself refuses to change or delete a row of it
-- (TRUNCATE, used only to reset demo data, is not a row change).
CREATE FUNCTION concern_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'concern_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER concern_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON concern_events
  FOR EACH ROW EXECUTE FUNCTION concern_events_append_only();
