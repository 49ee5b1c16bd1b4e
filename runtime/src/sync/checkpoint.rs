//! `Checkpoint`: where an incremental sync stands, with a plain string form for storage.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use crate::BeijingTime;

use super::Version;

/// The version of the string form written by [`Checkpoint`]'s `Display`.
const FORMAT_VERSION: &str = "1";

/// Where a sync stands: every record version modified before [`Checkpoint::at`] has been handed
/// out, and of those modified exactly at `at`, the ones whose ids are in [`Checkpoint::seen_at`].
///
/// The next window starts at `at` itself (windows overlap by their boundary second, so a gateway
/// whose window end is exclusive loses nothing); `seen_at` keeps that second's records from being
/// handed out twice.
///
/// Store it as a string: `Display` writes `v=1&at=2026-11-30+12%3A00%3A00&seen=5081&seen=5082`
/// (form-urlencoded, so ids may hold any character) and [`FromStr`] reads it back; a bad string
/// is a [`CheckpointError`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Checkpoint {
    at: BeijingTime,
    seen_at: BTreeSet<String>,
}

impl Checkpoint {
    /// A sync that starts at `start`: every record modified at or after it is handed out.
    /// Sub-second parts are dropped (the wire format has whole seconds).
    pub fn start(start: BeijingTime) -> Checkpoint {
        Checkpoint { at: whole_second(start), seen_at: BTreeSet::new() }
    }

    /// The boundary: everything modified before it has been handed out.
    pub fn at(&self) -> BeijingTime {
        self.at
    }

    /// Ids already handed out with a modification time equal to [`Checkpoint::at`].
    pub fn seen_at(&self) -> &BTreeSet<String> {
        &self.seen_at
    }

    /// Whether this version has been handed out by the time of this checkpoint.
    pub fn covers(&self, version: &Version) -> bool {
        version.modified < self.at || (version.modified == self.at && self.seen_at.contains(&version.id))
    }

    pub(crate) fn new(at: BeijingTime, seen_at: BTreeSet<String>) -> Checkpoint {
        Checkpoint { at, seen_at }
    }
}

/// `t` without its sub-second part.
pub(crate) fn whole_second(t: BeijingTime) -> BeijingTime {
    use chrono::Timelike;
    BeijingTime::from_local(t.local().with_nanosecond(0).unwrap_or(t.local()))
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("v", FORMAT_VERSION).append_pair("at", &self.at.to_string());
        for id in &self.seen_at {
            out.append_pair("seen", id);
        }
        f.write_str(&out.finish())
    }
}

/// Why a string is not a [`Checkpoint`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CheckpointError {
    /// The `v=` field is missing or names a format this version cannot read.
    Version(Option<String>),
    /// The `at=` field is missing, repeated or not `yyyy-MM-dd HH:mm:ss`.
    Time(String),
    /// A field this format does not have (or a repeated `v`).
    Field(String),
}

impl FromStr for Checkpoint {
    type Err = CheckpointError;

    fn from_str(text: &str) -> Result<Checkpoint, CheckpointError> {
        let mut version = None;
        let mut at = None;
        let mut seen_at = BTreeSet::new();
        for (key, value) in form_urlencoded::parse(text.trim().as_bytes()) {
            match key.as_ref() {
                "v" if version.is_none() => version = Some(value.into_owned()),
                "at" if at.is_none() => {
                    let time = value.parse::<BeijingTime>().map_err(|_| CheckpointError::Time(value.to_string()))?;
                    at = Some(time);
                }
                "at" => return Err(CheckpointError::Time(format!("repeated: {value}"))),
                "seen" => {
                    seen_at.insert(value.into_owned());
                }
                _ => return Err(CheckpointError::Field(key.into_owned())),
            }
        }
        if version.as_deref() != Some(FORMAT_VERSION) {
            return Err(CheckpointError::Version(version));
        }
        let at = at.ok_or_else(|| CheckpointError::Time(String::new()))?;
        Ok(Checkpoint { at, seen_at })
    }
}

impl std::fmt::Display for CheckpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckpointError::Version(inner) => {
                write!(f, "not a sync checkpoint of format version {FORMAT_VERSION} (v={inner:?})")
            }
            CheckpointError::Time(inner) => {
                write!(f, "checkpoint time missing, repeated or not yyyy-MM-dd HH:mm:ss: {inner:?}")
            }
            CheckpointError::Field(inner) => write!(f, "unexpected checkpoint field {inner:?}"),
        }
    }
}

impl std::error::Error for CheckpointError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> BeijingTime {
        text.parse().unwrap()
    }

    #[test]
    fn the_string_form_round_trips_with_any_id() {
        let ids = ["5081234567", "a,b&c=d", "订单 1", "", "+%"];
        let checkpoint = Checkpoint::new(time("2026-11-30 12:00:00"), ids.iter().map(|id| id.to_string()).collect());
        let text = checkpoint.to_string();
        assert!(text.starts_with("v=1&at=2026-11-30+12%3A00%3A00&seen="), "{text}");
        assert_eq!(text.parse::<Checkpoint>().unwrap(), checkpoint);
        let start = Checkpoint::start(time("2015-01-01 00:00:00"));
        assert_eq!(start.to_string(), "v=1&at=2015-01-01+00%3A00%3A00");
        assert_eq!(start.to_string().parse::<Checkpoint>().unwrap(), start);
    }

    #[test]
    fn bad_strings_are_typed_errors() {
        let cases: [(&str, CheckpointError); 7] = [
            ("", CheckpointError::Version(None)),
            ("at=2026-11-30+12%3A00%3A00", CheckpointError::Version(None)),
            ("v=2&at=2026-11-30+12%3A00%3A00", CheckpointError::Version(Some("2".into()))),
            ("v=1", CheckpointError::Time(String::new())),
            ("v=1&at=yesterday", CheckpointError::Time("yesterday".into())),
            (
                "v=1&at=2026-11-30+12%3A00%3A00&at=2026-11-30+12%3A00%3A01",
                CheckpointError::Time("repeated: 2026-11-30 12:00:01".into()),
            ),
            ("v=1&v=1&at=2026-11-30+12%3A00%3A00", CheckpointError::Field("v".into())),
        ];
        for (text, expected) in cases {
            assert_eq!(text.parse::<Checkpoint>().unwrap_err(), expected, "{text:?}");
        }
        let error = "v=1&at=2026-11-30+12%3A00%3A00&shop=1".parse::<Checkpoint>().unwrap_err();
        assert_eq!(error.to_string(), "unexpected checkpoint field \"shop\"");
    }

    #[test]
    fn a_start_drops_sub_seconds_and_covers_what_precedes_it() {
        let precise =
            BeijingTime::from_local(time("2026-11-30 12:00:00").local() + chrono::TimeDelta::milliseconds(750));
        let start = Checkpoint::start(precise);
        assert_eq!(start.at(), time("2026-11-30 12:00:00"));
        let version = |id: &str, at: &str| Version { id: id.into(), modified: time(at) };
        assert!(start.covers(&version("1", "2026-11-30 11:59:59")));
        assert!(!start.covers(&version("1", "2026-11-30 12:00:00")));
        let seen = Checkpoint::new(start.at(), ["1".to_string()].into());
        assert!(seen.covers(&version("1", "2026-11-30 12:00:00")));
        assert!(!seen.covers(&version("2", "2026-11-30 12:00:00")));
    }
}
