//! `BeijingTime`: the `yyyy-MM-dd HH:mm:ss` wall-clock times of Chinese platforms, always Beijing time (UTC+8).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};

/// The wire format of the date-times.
pub const FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// Beijing's fixed offset (China has no daylight saving time).
pub fn beijing() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("UTC+8 is a valid offset")
}

/// A platform date-time: a wall-clock time in Beijing (UTC+8), whatever the machine's time zone.
///
/// Convert from any `chrono::DateTime` (it is shifted to Beijing time) or build one from a
/// Beijing wall-clock [`NaiveDateTime`]. Displays and parses as `yyyy-MM-dd HH:mm:ss`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BeijingTime(NaiveDateTime);

impl BeijingTime {
    /// The current time in Beijing.
    pub fn now() -> Self {
        Utc::now().into()
    }

    /// A Beijing wall-clock time, taken as is.
    pub fn from_local(local: NaiveDateTime) -> Self {
        BeijingTime(local)
    }

    /// The Beijing wall-clock time.
    pub fn local(&self) -> NaiveDateTime {
        self.0
    }

    /// The same instant with its `+08:00` offset.
    pub fn to_fixed_offset(&self) -> DateTime<FixedOffset> {
        beijing().from_local_datetime(&self.0).single().expect("a fixed offset maps every local time once")
    }

    /// The same instant in UTC.
    pub fn to_utc(&self) -> DateTime<Utc> {
        self.to_fixed_offset().with_timezone(&Utc)
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for BeijingTime {
    fn from(instant: DateTime<Tz>) -> Self {
        BeijingTime(instant.with_timezone(&beijing()).naive_local())
    }
}

impl From<NaiveDateTime> for BeijingTime {
    /// Takes the naive value as Beijing wall-clock time.
    fn from(local: NaiveDateTime) -> Self {
        BeijingTime(local)
    }
}

impl fmt::Display for BeijingTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format(FORMAT))
    }
}

impl fmt::Debug for BeijingTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BeijingTime({self})")
    }
}

impl FromStr for BeijingTime {
    type Err = chrono::ParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        NaiveDateTime::parse_from_str(text.trim(), FORMAT).map(BeijingTime)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_instants_shift_to_beijing_wall_clock() {
        let utc = Utc.with_ymd_and_hms(2015, 3, 20, 7, 10, 50).unwrap();
        let beijing_time = BeijingTime::from(utc);
        assert_eq!(beijing_time.to_string(), "2015-03-20 15:10:50");
        assert_eq!(beijing_time.to_utc(), utc);
        assert_eq!("2015-03-20 15:10:50".parse::<BeijingTime>().unwrap(), beijing_time);
        assert!("2015-03-20T15:10:50".parse::<BeijingTime>().is_err());
    }

    #[test]
    fn a_new_years_eve_instant_crosses_the_date_line() {
        let utc = Utc.with_ymd_and_hms(2014, 12, 31, 20, 0, 0).unwrap();
        assert_eq!(BeijingTime::from(utc).to_string(), "2015-01-01 04:00:00");
    }
}
