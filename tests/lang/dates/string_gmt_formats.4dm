// The GMT date formats express a local date (at midnight, or at the time added) in GMT: docs/commands/string.md
// ("2023-11-26T23:00:00Z" for !2023-11-27! in the French time zone; "Wed, 08 Sep 2010 22:00:00 GMT" for
// !2010-09-09! there in summer), and docs/commands/json-parse.md (a "Z" date read as the local day: 14/07/17 in
// Paris for 2017-07-13T23:00:00.000Z). The time zone is the French one (string_gmt_formats.env).
ALERT(String(!2023-11-27!; ISO date GMT))
ALERT(String(!2010-09-09!; Date RFC 1123))
ALERT(String(!2010-09-13!; ISO date GMT; ?18:11:53?))
ALERT(String(JSON Parse("\"2017-07-13T23:00:00.000Z\""; Is date)))
