//! Reading one member of a zip the person picked, without reading the whole file: the tail
//! and the directory come by `Blob.slice`, and the member is inflated by the browser's
//! `DecompressionStream('deflate-raw')`, stopping as soon as it passes `cap` bytes, so a
//! Day One export full of photos, or a zip bomb, never fills memory.
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::exchange::zip::{self, Member, ZipError, DEFLATED};

/// Why a member could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum ArchiveError {
    Zip(ZipError),
    /// No member the picker accepted.
    Missing,
    /// The member is larger than the cap, as stated or once inflated.
    TooLarge,
    /// The member's bytes do not match its checksum: truncated or damaged.
    Damaged,
    /// The browser could not read the file.
    Unreadable,
}

impl From<ZipError> for ArchiveError {
    fn from(error: ZipError) -> Self {
        ArchiveError::Zip(error)
    }
}

/// Whether the file starts like a zip ("PK\x03\x04"), read from its first four bytes.
pub async fn looks_like_zip(file: &web_sys::Blob) -> bool {
    matches!(
        slice(file, 0.0, 4.0).await.as_deref(),
        Ok([0x50, 0x4b, 0x03, 0x04])
    )
}

/// The first member whose name `wanted` accepts, with its name and inflated bytes.
pub async fn read_member(
    file: &web_sys::Blob,
    wanted: impl Fn(&str) -> bool,
    cap: u64,
) -> Result<(String, Vec<u8>), ArchiveError> {
    let len = file.size() as u64;
    let tail_start = len - zip::tail_len(len);
    let tail = slice(file, tail_start as f64, len as f64).await?;
    let (offset, size, count) = zip::directory_span(&tail, len)?;
    let directory = slice(file, offset as f64, (offset + size) as f64).await?;
    let members = zip::members(&directory, count)?;
    let member = members
        .into_iter()
        .find(|m| !m.name.ends_with('/') && wanted(&m.name))
        .ok_or(ArchiveError::Missing)?;
    if member.size > cap || member.compressed_size > cap {
        return Err(ArchiveError::TooLarge);
    }
    let bytes = member_bytes(file, &member, cap).await?;
    if !zip::is_intact(&member, &bytes) {
        return Err(ArchiveError::Damaged);
    }
    Ok((member.name, bytes))
}

async fn member_bytes(
    file: &web_sys::Blob,
    member: &Member,
    cap: u64,
) -> Result<Vec<u8>, ArchiveError> {
    let header_at = member.local_offset as f64;
    let header = slice(file, header_at, header_at + 30.0).await?;
    let start = zip::data_offset(member, &header)?;
    let end = start + member.compressed_size;
    if end > file.size() as u64 {
        return Err(ArchiveError::Damaged);
    }
    let data = file
        .slice_with_f64_and_f64(start as f64, end as f64)
        .map_err(|_| ArchiveError::Unreadable)?;
    if member.method != DEFLATED {
        return bytes_of(&data).await;
    }
    inflate(&data, cap).await
}

/// Inflates raw deflate data, reading chunk by chunk and giving up past `cap` bytes.
/// `DecompressionStream` is reached through `Reflect`: web-sys lists it as unstable.
async fn inflate(data: &web_sys::Blob, cap: u64) -> Result<Vec<u8>, ArchiveError> {
    let unreadable = |_| ArchiveError::Unreadable;
    let global = js_sys::global();
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&global, &"DecompressionStream".into())
            .map_err(unreadable)?
            .dyn_into()
            .map_err(|_| ArchiveError::Unreadable)?;
    let inflater =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&"deflate-raw".into()))
            .map_err(unreadable)?;
    let source = data.stream();
    let pipe_through: js_sys::Function = js_sys::Reflect::get(&source, &"pipeThrough".into())
        .map_err(unreadable)?
        .dyn_into()
        .map_err(|_| ArchiveError::Unreadable)?;
    let inflated: web_sys::ReadableStream = pipe_through
        .call1(&source, &inflater)
        .map_err(unreadable)?
        .unchecked_into();
    let reader: web_sys::ReadableStreamDefaultReader = inflated.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| ArchiveError::Damaged)?;
        let chunk: web_sys::ReadableStreamReadResult = chunk.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let bytes: Uint8Array = chunk.get_value().unchecked_into();
        if out.len() as u64 + u64::from(bytes.length()) > cap {
            let _ = reader.cancel();
            return Err(ArchiveError::TooLarge);
        }
        out.extend(bytes.to_vec());
    }
    Ok(out)
}

async fn slice(file: &web_sys::Blob, start: f64, end: f64) -> Result<Vec<u8>, ArchiveError> {
    let part = file
        .slice_with_f64_and_f64(start, end)
        .map_err(|_| ArchiveError::Unreadable)?;
    bytes_of(&part).await
}

async fn bytes_of(blob: &web_sys::Blob) -> Result<Vec<u8>, ArchiveError> {
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| ArchiveError::Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
