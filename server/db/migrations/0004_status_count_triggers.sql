-- concern_status_counts follows concerns, one statement at a time (transition tables), so the
-- chair's unfiltered tabs read six rows instead of counting every concern. Each statement adds
-- its deltas in status order: concurrent transactions lock the count rows in the same order and
-- cannot deadlock on them.
CREATE FUNCTION concern_status_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO concern_status_counts (status, count)
      SELECT status, count(*) FROM new_rows GROUP BY status ORDER BY status
      ON CONFLICT (status) DO UPDATE SET count = concern_status_counts.count + excluded.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO concern_status_counts (status, count)
      SELECT status, -count(*) FROM old_rows GROUP BY status ORDER BY status
      ON CONFLICT (status) DO UPDATE SET count = concern_status_counts.count + excluded.count;
  ELSE
    INSERT INTO concern_status_counts (status, count)
      SELECT status, sum(delta) FROM (
        SELECT status, 1 AS delta FROM new_rows
        UNION ALL
        SELECT status, -1 AS delta FROM old_rows
      ) AS moves
      GROUP BY status HAVING sum(delta) <> 0 ORDER BY status
      ON CONFLICT (status) DO UPDATE SET count = concern_status_counts.count + excluded.count;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER concerns_status_counts_insert AFTER INSERT ON concerns
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION concern_status_counts_add();
--> statement-breakpoint
CREATE TRIGGER concerns_status_counts_update AFTER UPDATE ON concerns
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION concern_status_counts_add();
--> statement-breakpoint
CREATE TRIGGER concerns_status_counts_delete AFTER DELETE ON concerns
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION concern_status_counts_add();
--> statement-breakpoint
INSERT INTO concern_status_counts (status, count)
  SELECT status, count(*) FROM concerns GROUP BY status;
