"""Notifications about one's own contacts (raised, assigned, followed) are on by default:
a user who had chosen some emails before the choice existed gets it too (one who had
chosen none keeps none); each can untick it on the Notifications page. (The LIKE pattern's
percent signs are doubled for psycopg; SQLite reads '%%' as two wildcards, the same match.)"""


def up(migrator, db):
    db.execute_sql("UPDATE notification_preference SET events = events || ',mine' "
                   "WHERE events <> '' AND events NOT LIKE '%%mine%%'")


def down(migrator, db):
    db.execute_sql("UPDATE notification_preference SET events = "
                   "REPLACE(REPLACE(REPLACE(events, ',mine', ''), 'mine,', ''), 'mine', '')")
