//! Zip uploads (`items.pics.set`): the typed document as a GBK XML file plus the caller's files, in
//! one archive of stored (uncompressed) entries.
//!
//! The archive is written here rather than with the `zip` crate: the upload needs only stored
//! entries (pictures are already compressed; the document is a few kilobytes next to them, and the
//! whole upload is capped at 20 MB, far from Zip64), which is three fixed records per entry, while
//! the crate and its dependencies were a measurable share of every user's cold build (issue 16).
//! The tests read the archives back with the `zip` crate. CRC-32 comes from `crc32fast`.

use std::collections::HashSet;

use crate::Error;

/// "Version needed to extract" (2.0) and "made by" (MS-DOS, 2.0).
const VERSION: u16 = 20;
/// General-purpose flag bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;
/// DOS date of 1980-01-01 (the format's epoch; no time is recorded), time 00:00.
const DOS_DATE: u16 = (1 << 5) | 1;

/// The archive for a zip upload: `document_name` holds the request document (`fragment`, the
/// children of `<request>`, completed with `functionID` and the current Beijing time, in GBK),
/// followed by `files` as `(name inside the archive, bytes)`. `field` names the upload in errors
/// (a file name given twice, or the document's own name reused). The size cap is checked when the
/// part is sent.
pub(crate) fn archive(
    method: &'static str,
    field: &str,
    document_name: &str,
    fragment: &str,
    files: &[(String, Vec<u8>)],
) -> Result<Vec<u8>, Error> {
    let timestamp = crate::BeijingTime::now().to_string();
    let document = crate::charset::xml_to_gbk(&crate::xml::request_document(method, &timestamp, fragment));
    let refuse = |rule: String| Error::InvalidParam { method, param: field.to_owned(), rule };
    let entries: Vec<(&str, &[u8])> = std::iter::once((document_name, document.as_slice()))
        .chain(files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())))
        .collect();
    let mut names = HashSet::new();
    for (name, _) in &entries {
        if !names.insert(*name) {
            return Err(refuse(format!("archive entry `{name}`: the name is given twice")));
        }
    }
    write_stored(&entries).map_err(|problem| refuse(format!("archive: {problem}")))
}

/// A zip archive of `entries` (name, bytes), each stored: local header and data per entry, then the
/// central directory and its end record (APPNOTE 4.3). Fails when a count, size or offset does not
/// fit the format's 16- and 32-bit fields (no Zip64).
fn write_stored(entries: &[(&str, &[u8])]) -> Result<Vec<u8>, String> {
    let too_big = |what: &str| format!("{what} does not fit a zip archive without Zip64");
    let count = u16::try_from(entries.len()).map_err(|_| too_big("the number of entries"))?;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in entries {
        let offset = u32::try_from(out.len()).map_err(|_| too_big("the archive"))?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big(&format!("the name `{name}`")))?;
        let size = u32::try_from(bytes.len()).map_err(|_| too_big(&format!("the entry `{name}`")))?;
        let crc = crc32fast::hash(bytes);
        // Local file header: signature, version needed, flags, method 0 (stored), time, date, CRC,
        // compressed and uncompressed size, name length, extra length.
        put32(&mut out, 0x0403_4b50);
        for value in [VERSION, UTF8_NAMES, 0, 0, DOS_DATE] {
            put16(&mut out, value);
        }
        for value in [crc, size, size] {
            put32(&mut out, value);
        }
        put16(&mut out, name_len);
        put16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);
        // Central directory header: the same fields, plus comment length, disk, attributes, offset.
        put32(&mut central, 0x0201_4b50);
        for value in [VERSION, VERSION, UTF8_NAMES, 0, 0, DOS_DATE] {
            put16(&mut central, value);
        }
        for value in [crc, size, size] {
            put32(&mut central, value);
        }
        for value in [name_len, 0, 0, 0, 0] {
            put16(&mut central, value);
        }
        put32(&mut central, 0);
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = u32::try_from(out.len()).map_err(|_| too_big("the archive"))?;
    let central_size = u32::try_from(central.len()).map_err(|_| too_big("the central directory"))?;
    out.extend_from_slice(&central);
    // End of central directory: signature, disk numbers, entry counts, directory size and offset, comment length.
    put32(&mut out, 0x0605_4b50);
    for value in [0, 0, count, count] {
        put16(&mut out, value);
    }
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    Ok(out)
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut file = archive.by_index(i).unwrap();
                let mut content = Vec::new();
                file.read_to_end(&mut content).unwrap();
                (file.name().to_owned(), content)
            })
            .collect()
    }

    #[test]
    fn the_archive_holds_the_gbk_document_then_the_files() {
        let files = vec![("a.jpg".to_owned(), vec![0xFF, 0xD8, 1, 2]), ("b.jpg".to_owned(), vec![3])];
        let bytes =
            archive("dangdang.items.pics.set", "setItemsPics", "setItemsPics.xml", "<x>军绿</x>", &files).unwrap();
        let entries = entries(&bytes);
        let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["setItemsPics.xml", "a.jpg", "b.jpg"]);
        let (text, _, errors) = encoding_rs::GBK.decode(&entries[0].1);
        assert!(!errors);
        assert!(text.starts_with(r#"<?xml version="1.0" encoding="GBK"?>"#), "{text}");
        assert!(
            text.contains("<functionID>dangdang.items.pics.set</functionID>") && text.contains("<x>军绿</x>"),
            "{text}"
        );
        assert_eq!(entries[1].1, [0xFF, 0xD8, 1, 2]);
    }

    #[test]
    fn a_file_name_given_twice_is_refused_naming_the_field() {
        let files = vec![("a.jpg".to_owned(), vec![1]), ("a.jpg".to_owned(), vec![2])];
        let error = archive("m", "setItemsPics", "doc.xml", "", &files).unwrap_err();
        assert!(
            matches!(&error, Error::InvalidParam { param, rule, .. } if param == "setItemsPics" && rule.contains("a.jpg")),
            "{error}"
        );
        let reused = vec![("doc.xml".to_owned(), vec![1])];
        assert!(archive("m", "setItemsPics", "doc.xml", "", &reused).is_err(), "the document's name is taken");
    }

    #[test]
    fn stored_archives_read_back_with_the_zip_crate() {
        let big: Vec<u8> = (0..70_000u32).map(|n| (n % 251) as u8).collect();
        let cases: Vec<Vec<(&str, &[u8])>> = vec![
            vec![],
            vec![("empty.txt", &[])],
            vec![("图片/主图 1.jpg", &[0xFF, 0xD8, 0xFF]), ("b.png", &big)],
            ["a", "b", "c", "d", "e", "f", "g", "h"].map(|name| (name, &b"same bytes"[..])).to_vec(),
        ];
        for entries in cases {
            let bytes = write_stored(&entries).unwrap();
            let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
            assert_eq!(archive.len(), entries.len());
            for (i, (name, content)) in entries.iter().enumerate() {
                let mut file = archive.by_index(i).unwrap();
                assert_eq!(file.name(), *name);
                assert_eq!(file.compression(), zip::CompressionMethod::Stored);
                let mut read = Vec::new();
                file.read_to_end(&mut read).unwrap(); // checks the CRC too
                assert_eq!(&read, content);
            }
            let overhead: usize = entries.iter().map(|(name, _)| 30 + 46 + 2 * name.len()).sum();
            assert_eq!(bytes.len(), overhead + entries.iter().map(|(_, b)| b.len()).sum::<usize>() + 22);
        }
    }

    #[test]
    fn a_name_too_long_for_the_format_is_refused() {
        let name = "n".repeat(usize::from(u16::MAX) + 1);
        let problem = write_stored(&[(name.as_str(), &[1])]).unwrap_err();
        assert!(problem.contains("does not fit"), "{problem}");
    }
}
