//! Rendered replies of read methods, reused while the shop is unchanged and its clock reads the
//! same second: a benchmark's client, not the sandbox's rendering, sets the pace.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Most body bytes kept; past it the cache starts over (a long walk keeps at most this much).
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// What a reply depends on besides the shop: the method, its parameters, the second it is rendered at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    pub(crate) method: String,
    pub(crate) params: BTreeMap<String, String>,
    pub(crate) repeated: BTreeMap<String, Vec<String>>,
    pub(crate) second: i64,
}

/// The replies, as the bytes served (already in the reply's charset).
#[derive(Debug, Default)]
pub(crate) struct ReplyCache(Mutex<Entries>);

#[derive(Debug, Default)]
struct Entries {
    /// Bumped by every [`ReplyCache::clear`]: a reply rendered before it is not kept.
    generation: u64,
    bytes: usize,
    replies: HashMap<Key, Vec<u8>>,
}

impl ReplyCache {
    fn entries(&self) -> MutexGuard<'_, Entries> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The body rendered before for `key`.
    pub(crate) fn get(&self, key: &Key) -> Option<Vec<u8>> {
        self.entries().replies.get(key).cloned()
    }

    /// The generation to hand to [`ReplyCache::put`]: read it before reading the shop.
    pub(crate) fn generation(&self) -> u64 {
        self.entries().generation
    }

    /// Keeps `body` for `key`, unless the shop changed since `generation` was read.
    pub(crate) fn put(&self, key: Key, body: &[u8], generation: u64) {
        let mut entries = self.entries();
        if entries.generation != generation {
            return;
        }
        if entries.bytes + body.len() > MAX_BYTES {
            entries.bytes = 0;
            entries.replies.clear();
        }
        entries.bytes += body.len();
        entries.replies.insert(key, body.to_vec());
    }

    /// Forgets every reply: the shop changed.
    pub(crate) fn clear(&self) {
        let mut entries = self.entries();
        entries.generation += 1;
        entries.bytes = 0;
        entries.replies.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(second: i64) -> Key {
        Key { method: "m".into(), params: BTreeMap::new(), repeated: BTreeMap::new(), second }
    }

    #[test]
    fn replies_are_kept_per_key_cleared_and_bounded() {
        let cache = ReplyCache::default();
        let before = cache.generation();
        cache.put(key(1), b"one", before);
        assert_eq!(cache.get(&key(1)).as_deref(), Some(&b"one"[..]));
        assert_eq!(cache.get(&key(2)), None, "another second is another reply");
        cache.clear();
        assert_eq!(cache.get(&key(1)), None);
        cache.put(key(1), b"stale", before);
        assert_eq!(cache.get(&key(1)), None, "a reply rendered before the shop changed is not kept");
        let now = cache.generation();
        let big = vec![b'x'; MAX_BYTES / 2 + 1];
        cache.put(key(1), &big, now);
        cache.put(key(2), &big, now);
        assert_eq!(cache.get(&key(1)), None, "past the bound the cache starts over");
        assert!(cache.get(&key(2)).is_some());
    }
}
