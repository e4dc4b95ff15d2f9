-- Live updates between desks (DESIGN "Storage", team mode): on a team
-- database every committed change to the records people look at tells the
-- other desks which table changed (postgresql/0009_live.sql, LISTEN/NOTIFY
-- on the channel rapport_changes). A file has one desk: nothing to do here;
-- the version exists so that both engines count their migrations alike.
SELECT 1;
