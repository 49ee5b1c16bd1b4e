//! Faults on demand: per method (or every method), for the next N calls or at a rate, the sandbox
//! answers with a throttle, an HTTP error, a slow or cut reply, an HTML page, a mislabelled
//! charset or an in-body `<Error>` instead of (or on top of) its normal reply.

use std::fmt;
use std::str::FromStr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::envelope::ErrorCode;
use crate::reply::Reply;

/// The throttle message of the real gateway (protocol reference §7).
pub const THROTTLE_MESSAGE: &str = "SHOP访问API一分钟频次超限";

/// One kind of fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// `<errorResponse>` with [`THROTTLE_MESSAGE`] (code [`ErrorCode::Throttled`]); nothing is done.
    Throttle,
    /// This HTTP status (e.g. 502) with an HTML body; nothing is done.
    HttpStatus(u16),
    /// The normal reply (the call takes effect), after this delay.
    Slow(Duration),
    /// The normal reply's headers and first half of its body, then the connection drops (the call
    /// takes effect: the reply is what is lost).
    CutBody,
    /// An HTML maintenance page with HTTP 200; nothing is done.
    Html,
    /// The normal reply (the call takes effect) in UTF-8 bytes while declaring GBK.
    MislabelledCharset,
    /// `<response><Error><operCode>code</operCode><operation>message</operation></Error>`; nothing is done.
    BusinessError(i64, String),
}

impl Fault {
    /// Whether the call still takes effect (only the reply is damaged).
    pub fn keeps_effect(&self) -> bool {
        matches!(self, Fault::Slow(_) | Fault::CutBody | Fault::MislabelledCharset)
    }

    /// What to serve, given the normal reply document (UTF-8 text declaring GBK) and an E2 builder.
    pub fn reply(&self, normal: &str, business_error: impl Fn(i64, &str) -> String) -> Reply {
        match self {
            Fault::Throttle => Reply::error_response(ErrorCode::Throttled.code(), THROTTLE_MESSAGE),
            Fault::HttpStatus(status) => {
                let page =
                    format!("<html><body><h1>{status}</h1><p>当当网关暂时不可用 (sandbox fault)</p></body></html>");
                Reply::raw(*status, "text/html; charset=GBK", encoding_rs::GBK.encode(&page).0.into_owned())
            }
            Fault::Slow(delay) => Reply::xml(normal).delayed(*delay),
            Fault::CutBody => {
                let whole = crate::wire::transcode_xml(normal).unwrap_or_default();
                Reply::raw(200, "text/xml", whole.clone()).cut_after(whole.len() / 2)
            }
            Fault::Html => {
                let page =
                    "<!DOCTYPE html><html><head><title>系统维护</title></head><body>当当网系统维护中</body></html>";
                Reply::raw(200, "text/html", encoding_rs::GBK.encode(page).0.into_owned())
            }
            Fault::MislabelledCharset => {
                // Three CJK characters in UTF-8 (9 bytes) before ASCII always leave a GBK lead byte
                // without its trail byte, so the mislabelling is detectable whatever the payload.
                let body = normal.replacen("?>", "?><!--编码错-->", 1);
                Reply::raw(200, "text/xml", body.into_bytes())
            }
            Fault::BusinessError(code, message) => Reply::xml(business_error(*code, message)),
        }
    }
}

impl FromStr for Fault {
    type Err = String;

    /// `throttle`, `http:502`, `slow:1500` (milliseconds), `cut`, `html`, `charset`,
    /// `error:35:订单编号错误` (the message is optional).
    fn from_str(text: &str) -> Result<Fault, String> {
        let (kind, rest) = text.split_once(':').unwrap_or((text, ""));
        let number = |what: &str| {
            rest.split(':').next().unwrap_or("").parse::<i64>().map_err(|_| format!("`{kind}:` needs {what}"))
        };
        Ok(match kind {
            "throttle" => Fault::Throttle,
            "http" => match u16::try_from(number("an HTTP status")?) {
                Ok(status) if (400..=599).contains(&status) => Fault::HttpStatus(status),
                _ => return Err("`http:` needs a status from 400 to 599".to_string()),
            },
            "slow" => Fault::Slow(Duration::from_millis(number("milliseconds")?.max(0).unsigned_abs())),
            "cut" => Fault::CutBody,
            "html" => Fault::Html,
            "charset" => Fault::MislabelledCharset,
            "error" => {
                let message = rest.split_once(':').map_or("沙箱注入的业务错误", |(_, m)| m);
                Fault::BusinessError(number("an operCode")?, message.to_string())
            }
            other => {
                return Err(format!(
                    "unknown fault `{other}`; one of throttle, http:STATUS, slow:MS, cut, html, charset, error:CODE[:MESSAGE]"
                ));
            }
        })
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Throttle => write!(f, "throttle"),
            Fault::HttpStatus(status) => write!(f, "http:{status}"),
            Fault::Slow(delay) => write!(f, "slow:{}", delay.as_millis()),
            Fault::CutBody => write!(f, "cut"),
            Fault::Html => write!(f, "html"),
            Fault::MislabelledCharset => write!(f, "charset"),
            Fault::BusinessError(code, message) => write!(f, "error:{code}:{message}"),
        }
    }
}

/// When a rule fires.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trigger {
    /// On each of the next N calls, then the rule is gone.
    Next(u32),
    /// On each call with this probability (0.0–1.0), drawn from the sandbox's seeded generator.
    Rate(f64),
}

#[derive(Debug, Clone)]
struct Rule {
    method: Option<String>,
    trigger: Trigger,
    fault: Fault,
}

/// The fault rules of a sandbox ([`crate::Sandbox::faults`]); the first matching rule fires.
#[derive(Debug)]
pub struct Faults {
    inner: Mutex<(Vec<Rule>, StdRng)>,
}

impl Faults {
    pub(crate) fn new(seed: u64) -> Faults {
        Faults { inner: Mutex::new((Vec::new(), StdRng::seed_from_u64(seed ^ 0x5A5A_F00D))) }
    }

    fn lock(&self) -> MutexGuard<'_, (Vec<Rule>, StdRng)> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// `fault` on the next `n` calls of `method` (`"*"`: any method).
    pub fn next(&self, method: &str, n: u32, fault: Fault) {
        self.add(method, Trigger::Next(n), fault);
    }

    /// `fault` on each call of `method` (`"*"`: any method) with probability `rate` (clamped to 0–1;
    /// NaN counts as 0).
    pub fn rate(&self, method: &str, rate: f64, fault: Fault) {
        self.add(method, Trigger::Rate(rate), fault);
    }

    /// Adds a rule (a rate outside 0–1 is clamped, NaN counts as 0).
    pub fn add(&self, method: &str, trigger: Trigger, fault: Fault) {
        let trigger = match trigger {
            Trigger::Rate(rate) if rate.is_nan() => Trigger::Rate(0.0),
            Trigger::Rate(rate) => Trigger::Rate(rate.clamp(0.0, 1.0)),
            next => next,
        };
        let method = (method != "*" && !method.is_empty()).then(|| method.to_string());
        self.lock().0.push(Rule { method, trigger, fault });
    }

    /// Removes every rule.
    pub fn clear(&self) {
        self.lock().0.clear();
    }

    /// The rules, one per line: `METHOD next N FAULT` or `METHOD rate R FAULT`.
    pub fn describe(&self) -> String {
        self.lock()
            .0
            .iter()
            .map(|rule| {
                let method = rule.method.as_deref().unwrap_or("*");
                match rule.trigger {
                    Trigger::Next(n) => format!("{method} next {n} {}\n", rule.fault),
                    Trigger::Rate(r) => format!("{method} rate {r} {}\n", rule.fault),
                }
            })
            .collect()
    }

    /// The fault for this call of `method`, if a rule fires (counting it down).
    pub(crate) fn pick(&self, method: &str) -> Option<Fault> {
        let mut guard = self.lock();
        let (rules, rng) = &mut *guard;
        let index = rules.iter().position(|rule| {
            rule.method.as_deref().is_none_or(|m| m == method)
                && match rule.trigger {
                    Trigger::Next(n) => n > 0,
                    Trigger::Rate(r) => rng.random_bool(r),
                }
        })?;
        let fault = rules[index].fault.clone();
        if let Trigger::Next(n) = &mut rules[index].trigger {
            *n -= 1;
            if *n == 0 {
                rules.remove(index);
            }
        }
        Some(fault)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_counts_down_and_methods_match() {
        let faults = Faults::new(1);
        faults.next("a", 2, Fault::Throttle);
        faults.next("*", 1, Fault::Html);
        assert_eq!(faults.pick("b"), Some(Fault::Html));
        assert_eq!(faults.pick("b"), None);
        assert_eq!(faults.pick("a"), Some(Fault::Throttle));
        assert_eq!(faults.describe(), "a next 1 throttle\n");
        assert_eq!(faults.pick("a"), Some(Fault::Throttle));
        assert_eq!(faults.pick("a"), None);
    }

    #[test]
    fn rates_are_seeded() {
        let hits = |seed| {
            let faults = Faults::new(seed);
            faults.rate("*", 0.3, Fault::CutBody);
            (0..200).filter(|_| faults.pick("m").is_some()).count()
        };
        assert_eq!(hits(3), hits(3));
        let odd = Faults::new(1);
        odd.rate("*", f64::NAN, Fault::Html);
        odd.add("*", Trigger::Rate(7.0), Fault::CutBody);
        assert_eq!(odd.pick("m"), Some(Fault::CutBody), "NaN is 0, 7 is 1");
        assert!((30..90).contains(&hits(3)), "{}", hits(3));
    }

    #[test]
    fn fault_texts_round_trip() {
        for text in ["throttle", "http:502", "slow:1500", "cut", "html", "charset", "error:35:订单编号错误"] {
            assert_eq!(text.parse::<Fault>().unwrap().to_string(), text);
        }
        assert!("http:200".parse::<Fault>().is_err());
        assert!("boom".parse::<Fault>().unwrap_err().contains("unknown fault"));
    }
}
