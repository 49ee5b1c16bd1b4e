//! `BeijingTime`: the `yyyy-MM-dd HH:mm:ss` wall-clock times of Chinese platforms, always Beijing time (UTC+8).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};

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
    /// `yyyy-MM-dd HH:mm:ss`. Written field by field for years 0–9999 without a leap second (every
    /// request's timestamp is one of these): chrono's `format(FORMAT)` reads the format string
    /// again on each call. Other values go to chrono (`+10000`, `-0001`, second `60`); `tests`
    /// compare the two.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (date, time) = (self.0.date(), self.0.time());
        if (0..=9999).contains(&date.year()) && time.nanosecond() < 1_000_000_000 {
            let (year, month, day) = (date.year(), date.month(), date.day());
            let (hour, minute, second) = (time.hour(), time.minute(), time.second());
            write!(f, "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
        } else {
            write!(f, "{}", self.0.format(FORMAT))
        }
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
        let text = text.trim();
        match parse_canonical(text.as_bytes()) {
            Some(local) => Ok(BeijingTime(local)),
            // Anything else (other widths, leap seconds, invalid dates, garbage): chrono decides,
            // so results and errors stay exactly chrono's.
            None => NaiveDateTime::parse_from_str(text, FORMAT).map(BeijingTime),
        }
    }
}

/// The fast path of [`BeijingTime::from_str`]: exactly `yyyy-MM-dd HH:mm:ss` (19 ASCII bytes) naming
/// a valid date and time, else `None`.
///
/// Hand-written rather than chrono's `parse_from_str` because that interprets the `strftime` format
/// string item by item on every call: decoding a reply parses one of these per timestamp field, and
/// chrono's parser was ~11% of the typed decode of a 20-order page (`perf` over
/// `benches/api/decode.rs`); this one takes 22–30 ns against chrono's 350–500 ns (`cargo bench -p
/// dangdang-benches --bench decode -- beijing_time`, 2026-11-30, load ~8 on 2 cores). Whatever it
/// does not accept goes to chrono, so the two can only disagree if this accepted something chrono
/// would read differently; `tests` compare them over many values.
fn parse_canonical(text: &[u8]) -> Option<NaiveDateTime> {
    let bytes: &[u8; 19] = text.try_into().ok()?;
    if bytes[4] != b'-' || bytes[7] != b'-' || bytes[10] != b' ' || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        bytes[from..to]
            .iter()
            .try_fold(0u32, |value, byte| byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0')))
    };
    let year = i32::try_from(number(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)?;
    let time = NaiveTime::from_hms_opt(number(11, 13)?, number(14, 16)?, number(17, 19)?)?;
    Some(date.and_time(time))
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

    /// The hand-written fast path and chrono agree: same value, or both an error (the error itself is
    /// always chrono's, since the fast path hands every input it refuses to chrono).
    fn agrees_with_chrono(text: &str) {
        let ours = text.parse::<BeijingTime>().map(|time| time.local());
        let chrono = NaiveDateTime::parse_from_str(text.trim(), FORMAT);
        assert_eq!(ours, chrono, "{text:?}");
    }

    #[test]
    fn the_fast_parser_agrees_with_chrono_over_many_values() {
        // Every month 0–13 and day 0–32 (valid and not) of years chosen for leap-year and century
        // rules and the 4-digit edges, each at a random time with out-of-range hours, minutes and
        // seconds among them; then every hour 0–24 with edge minutes and seconds (60 is chrono's
        // leap second, left to chrono).
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |bound: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % bound
        };
        for year in [0, 1, 999, 1900, 1999, 2000, 2001, 2024, 2099, 2100, 9999] {
            for month in 0..=13 {
                for day in 0..=32 {
                    let (h, m, s) = (next(25), next(61), next(62));
                    agrees_with_chrono(&format!("{year:04}-{month:02}-{day:02} {h:02}:{m:02}:{s:02}"));
                }
            }
        }
        for h in 0..=24 {
            for m in [0, 59, 60] {
                for s in [0, 59, 60, 61] {
                    agrees_with_chrono(&format!("2015-03-20 {h:02}:{m:02}:{s:02}"));
                }
            }
        }
        assert_eq!(
            parse_canonical(b"2000-02-29 23:59:59"),
            NaiveDateTime::parse_from_str("2000-02-29 23:59:59", FORMAT).ok()
        );
        assert_eq!(parse_canonical(b"1900-02-29 00:00:00"), None);
    }

    #[test]
    fn display_agrees_with_chrono() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut values: Vec<NaiveDateTime> = (0..5_000)
            .filter_map(|_| {
                let (days, seconds) = ((next() % 4_000_000) as i64 - 800_000, (next() % 86_400) as u32);
                let date = NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)?;
                Some(date.and_time(NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0)?))
            })
            .collect();
        // Edges: year 0, 9999, 10000 and a negative year; a leap second; sub-second precision.
        for (y, mo, d, h, mi, s, nano) in [
            (0, 1, 1, 0, 0, 0, 0),
            (9999, 12, 31, 23, 59, 59, 0),
            (10_000, 1, 1, 0, 0, 0, 0),
            (-1, 6, 15, 12, 0, 0, 0),
            (2016, 12, 31, 23, 59, 59, 1_500_000_000),
            (2015, 3, 20, 15, 10, 50, 999_999_999),
        ] {
            let date = NaiveDate::from_ymd_opt(y, mo, d).unwrap();
            values.push(date.and_time(NaiveTime::from_hms_nano_opt(h, mi, s, nano).unwrap()));
        }
        for value in values {
            assert_eq!(BeijingTime(value).to_string(), value.format(FORMAT).to_string(), "{value:?}");
        }
    }

    #[test]
    fn every_malformed_form_is_an_error_or_chronos_reading_never_a_panic() {
        let good = "2015-03-20 15:10:50";
        // Each byte replaced by each interesting byte, each prefix, and each byte removed or doubled.
        let replacements = [b'0', b'9', b'-', b':', b' ', b'T', b'/', b'+', b'a', 0xE4, 0x00, b'\t'];
        for at in 0..good.len() {
            for byte in replacements {
                let mut bytes = good.as_bytes().to_vec();
                bytes[at] = byte;
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    agrees_with_chrono(text);
                }
            }
            agrees_with_chrono(&good[..at]);
            agrees_with_chrono(&format!("{}{}", &good[..at], &good[at + 1..]));
            agrees_with_chrono(&format!("{}{}", &good[..=at], &good[at..]));
        }
        for text in [
            "",
            " ",
            "2015-03-20",
            "2015-3-20 15:10:50",
            "2015-03-20 5:10:50",
            "+2015-03-20 15:10:50",
            "20150-03-20 15:10:50",
            "2015-03-20 15:10:50.5",
            "2015-03-20  15:10:50",
            " 2015-03-20 15:10:50 ",
            "２０１５-03-20 15:10:50",
            "2015-03-20 15:10:5０",
            "9999-12-31 23:59:59",
            "0000-01-01 00:00:00",
            "2015-02-29 00:00:00",
            "2016-02-29 00:00:00",
            "2015-04-31 00:00:00",
            "2015-00-10 00:00:00",
            "2015-03-20 23:59:60",
            "2015-03-20 24:00:00",
            "-015-03-20 15:10:50",
            "2015-03-20 15:10:50\n",
        ] {
            agrees_with_chrono(text);
        }
        assert!("2015-02-29 00:00:00".parse::<BeijingTime>().is_err());
        assert!("2015-03-20T15:10:50".parse::<BeijingTime>().is_err());
        // Random 19-byte strings over digits, separators and a few other bytes (non-UTF-8 ones
        // included, which only the fast path sees): it accepts only what chrono reads the same way.
        let alphabet = b"0123456789-: T\xFF+9";
        let mut state = 0x0123_4567_89ab_cdefu64;
        for _ in 0..20_000 {
            let bytes: Vec<u8> = (0..19)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            if let Some(value) = parse_canonical(&bytes) {
                let text = std::str::from_utf8(&bytes).expect("accepted text is ASCII");
                assert_eq!(NaiveDateTime::parse_from_str(text, FORMAT).ok(), Some(value), "{text}");
            }
        }
    }

    #[test]
    fn a_new_years_eve_instant_crosses_the_date_line() {
        let utc = Utc.with_ymd_and_hms(2014, 12, 31, 20, 0, 0).unwrap();
        assert_eq!(BeijingTime::from(utc).to_string(), "2015-01-01 04:00:00");
    }
}
