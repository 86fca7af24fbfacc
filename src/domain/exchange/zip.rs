//! Zip archives: writing stored (uncompressed) members, and reading the central directory so
//! the edge can fetch one member's bytes with `Blob.slice` and inflate it. Text exports are
//! small, so members are stored; zip64 archives are refused by name.
use crc::{Crc, CRC_32_ISO_HDLC};

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
/// Names are UTF-8 (general purpose bit 11).
const UTF8_NAMES: u16 = 0x0800;
const STORED: u16 = 0;
pub const DEFLATED: u16 = 8;
const CRC32: Crc<u32> = Crc::<u32>::new(&CRC_32_ISO_HDLC);

/// A moment as zip writes it (MS-DOS date and time, local, two-second steps).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DosTime {
    pub date: u16,
    pub time: u16,
}

impl DosTime {
    pub fn new(year: i64, month: u32, day: u32, hour: u32, minute: u32) -> Self {
        let year = year.clamp(1980, 2107) as u32 - 1980;
        Self {
            date: ((year << 9) | (month << 5) | day) as u16,
            time: ((hour << 11) | (minute << 5)) as u16,
        }
    }
}

/// Writes members in order, each stored with its CRC.
#[derive(Default)]
pub struct ZipWriter {
    bytes: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

impl ZipWriter {
    /// Adds one member. Archives hold at most 65,535 members and 4 GiB (no zip64); the
    /// exports here stay far below.
    pub fn add(&mut self, name: &str, data: &[u8], when: DosTime) {
        let offset = self.bytes.len() as u32;
        let crc = CRC32.checksum(data);
        let (size, name_len) = (data.len() as u32, name.len() as u16);
        let mut local = Vec::with_capacity(30 + name.len());
        put32(&mut local, LOCAL);
        for value in [20, UTF8_NAMES, STORED, when.time, when.date] {
            put16(&mut local, value);
        }
        for value in [crc, size, size] {
            put32(&mut local, value);
        }
        put16(&mut local, name_len);
        put16(&mut local, 0);
        local.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(&local);
        self.bytes.extend_from_slice(data);

        let central = &mut self.central;
        put32(central, CENTRAL);
        for value in [20, 20, UTF8_NAMES, STORED, when.time, when.date] {
            put16(central, value);
        }
        for value in [crc, size, size] {
            put32(central, value);
        }
        for value in [name_len, 0, 0, 0, 0] {
            put16(central, value);
        }
        put32(central, 0);
        put32(central, offset);
        central.extend_from_slice(name.as_bytes());
        self.count = self.count.saturating_add(1);
    }

    pub fn finish(mut self) -> Vec<u8> {
        let offset = self.bytes.len() as u32;
        let size = self.central.len() as u32;
        self.bytes.append(&mut self.central);
        put32(&mut self.bytes, END);
        for value in [0, 0, self.count, self.count] {
            put16(&mut self.bytes, value);
        }
        put32(&mut self.bytes, size);
        put32(&mut self.bytes, offset);
        put16(&mut self.bytes, 0);
        self.bytes
    }
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Why an archive could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-directory record: not a zip, or cut short.
    NotZip,
    /// The directory points outside the file: truncated or damaged.
    Damaged,
    /// A zip64 archive (over 4 GiB or 65,535 members).
    TooLarge,
    /// A compression other than stored or deflate.
    Unsupported,
}

/// One member as the central directory describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub method: u16,
    pub crc: u32,
    pub compressed_size: u64,
    pub size: u64,
    pub local_offset: u64,
}

/// Where to find the end-of-directory record: the last `tail_len(file_len)` bytes.
pub fn tail_len(file_len: u64) -> u64 {
    file_len.min(22 + 65_535)
}

/// Where the central directory is, from the file's tail (`tail` ends where the file ends).
pub fn directory_span(tail: &[u8], file_len: u64) -> Result<(u64, u64, u16), ZipError> {
    if tail.len() < 22 {
        return Err(ZipError::NotZip);
    }
    let at = (0..=tail.len() - 22)
        .rev()
        .find(|&i| read32(tail, i) == Some(END))
        .ok_or(ZipError::NotZip)?;
    let count = read16(tail, at + 10).ok_or(ZipError::NotZip)?;
    let size = u64::from(read32(tail, at + 12).ok_or(ZipError::NotZip)?);
    let offset = u64::from(read32(tail, at + 16).ok_or(ZipError::NotZip)?);
    if count == u16::MAX || size == u64::from(u32::MAX) || offset == u64::from(u32::MAX) {
        return Err(ZipError::TooLarge);
    }
    if offset.checked_add(size).is_none_or(|end| end > file_len) {
        return Err(ZipError::Damaged);
    }
    Ok((offset, size, count))
}

/// The members listed in a central directory's bytes.
pub fn members(directory: &[u8], count: u16) -> Result<Vec<Member>, ZipError> {
    let mut members = Vec::with_capacity(usize::from(count));
    let mut at = 0;
    for _ in 0..count {
        if read32(directory, at) != Some(CENTRAL) {
            return Err(ZipError::Damaged);
        }
        let field16 = |offset| read16(directory, at + offset).ok_or(ZipError::Damaged);
        let field32 = |offset| read32(directory, at + offset).ok_or(ZipError::Damaged);
        let method = field16(10)?;
        let crc = field32(16)?;
        let compressed_size = field32(20)?;
        let size = field32(24)?;
        let name_len = usize::from(field16(28)?);
        let extra_len = usize::from(field16(30)?);
        let comment_len = usize::from(field16(32)?);
        let local_offset = field32(42)?;
        if [compressed_size, size, local_offset].contains(&u32::MAX) {
            return Err(ZipError::TooLarge);
        }
        let name = directory
            .get(at + 46..at + 46 + name_len)
            .ok_or(ZipError::Damaged)?;
        members.push(Member {
            name: String::from_utf8_lossy(name).into_owned(),
            method,
            crc,
            compressed_size: u64::from(compressed_size),
            size: u64::from(size),
            local_offset: u64::from(local_offset),
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(members)
}

/// Where a member's data starts, from the first 30 bytes of its local header.
pub fn data_offset(member: &Member, local_header: &[u8]) -> Result<u64, ZipError> {
    if read32(local_header, 0) != Some(LOCAL) {
        return Err(ZipError::Damaged);
    }
    let name_len = read16(local_header, 26).ok_or(ZipError::Damaged)?;
    let extra_len = read16(local_header, 28).ok_or(ZipError::Damaged)?;
    if member.method != STORED && member.method != DEFLATED {
        return Err(ZipError::Unsupported);
    }
    Ok(member.local_offset + 30 + u64::from(name_len) + u64::from(extra_len))
}

/// Whether `data` (inflated) is the member the directory describes.
pub fn is_intact(member: &Member, data: &[u8]) -> bool {
    data.len() as u64 == member.size && CRC32.checksum(data) == member.crc
}

/// A member's bytes from a whole archive held in memory (small files, and tests); the edge
/// reads large ones by slices instead. Stored members only: deflated ones need the edge.
pub fn stored_member<'a>(archive: &'a [u8], member: &Member) -> Result<&'a [u8], ZipError> {
    let local = archive
        .get(member.local_offset as usize..)
        .ok_or(ZipError::Damaged)?;
    let start = data_offset(member, local)? as usize;
    if member.method != STORED {
        return Err(ZipError::Unsupported);
    }
    archive
        .get(start..start + member.compressed_size as usize)
        .ok_or(ZipError::Damaged)
}

/// The directory of a whole archive held in memory.
pub fn read_directory(archive: &[u8]) -> Result<Vec<Member>, ZipError> {
    let len = archive.len() as u64;
    let tail = &archive[(len - tail_len(len)) as usize..];
    let (offset, size, count) = directory_span(tail, len)?;
    members(&archive[offset as usize..(offset + size) as usize], count)
}

fn read16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn read32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back_member_by_member() {
        let when = DosTime::new(2026, 12, 2, 9, 30);
        let mut zip = ZipWriter::default();
        zip.add(
            "2026-12-02 win.md",
            "Una victoria pequeña ✓".as_bytes(),
            when,
        );
        zip.add("empty.md", b"", when);
        let archive = zip.finish();
        let members = read_directory(&archive).unwrap();
        assert_eq!(members.len(), 2);
        assert_eq!(members[0].name, "2026-12-02 win.md");
        let data = stored_member(&archive, &members[0]).unwrap();
        assert_eq!(data, "Una victoria pequeña ✓".as_bytes());
        assert!(is_intact(&members[0], data));
        assert!(is_intact(
            &members[1],
            stored_member(&archive, &members[1]).unwrap()
        ));
    }

    #[test]
    fn damaged_archives_are_refused_without_panicking() {
        let mut zip = ZipWriter::default();
        zip.add("a.txt", b"hello", DosTime::default());
        let archive = zip.finish();
        assert_eq!(read_directory(b"not a zip at all"), Err(ZipError::NotZip));
        assert_eq!(read_directory(b""), Err(ZipError::NotZip));
        for cut in 1..archive.len() {
            let _ = read_directory(&archive[..cut]);
            let _ = read_directory(&archive[cut..]);
        }
        let mut bent = archive.clone();
        let end = bent.len() - 22;
        bent[end + 16] = 0xFF; // the directory's offset now points past the end
        assert_eq!(read_directory(&bent), Err(ZipError::Damaged));
    }
}
