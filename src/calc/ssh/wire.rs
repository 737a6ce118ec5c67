//! The SSH wire encodings of RFC 4251 §5 that the key formats and the signed data
//! use: `byte`, `boolean`, `uint32`, `string` (a 4-byte big-endian length, then the
//! bytes) and `mpint` (a string holding a two's-complement big-endian integer).

/// Appends SSH encodings to a byte vector.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    /// An empty writer.
    ///
    /// ```
    /// use netdojo::calc::ssh::Writer;
    /// assert!(Writer::new().into_bytes().is_empty());
    /// ```
    pub fn new() -> Writer {
        Writer::default()
    }

    /// Appends one byte.
    ///
    /// ```
    /// use netdojo::calc::ssh::Writer;
    /// let mut w = Writer::new();
    /// w.byte(50);
    /// assert_eq!(w.into_bytes(), [50]);
    /// ```
    pub fn byte(&mut self, value: u8) {
        self.bytes.push(value);
    }

    /// Appends a boolean: 1 for TRUE, 0 for FALSE.
    ///
    /// ```
    /// use netdojo::calc::ssh::Writer;
    /// let mut w = Writer::new();
    /// w.boolean(true);
    /// assert_eq!(w.into_bytes(), [1]);
    /// ```
    pub fn boolean(&mut self, value: bool) {
        self.bytes.push(u8::from(value));
    }

    /// Appends a string: its length as 4 big-endian bytes, then the bytes. Data
    /// longer than `u32::MAX` cannot be a string, so its length is written as `u32::MAX`.
    ///
    /// ```
    /// use netdojo::calc::ssh::Writer;
    /// let mut w = Writer::new();
    /// w.string(b"abc");
    /// assert_eq!(w.into_bytes(), [0, 0, 0, 3, b'a', b'b', b'c']);
    /// ```
    pub fn string(&mut self, value: &[u8]) {
        let length = u32::try_from(value.len()).unwrap_or(u32::MAX);
        self.bytes.extend(length.to_be_bytes());
        self.bytes.extend(value);
    }

    /// The bytes written so far.
    ///
    /// ```
    /// use netdojo::calc::ssh::Writer;
    /// let mut w = Writer::new();
    /// w.string(b"");
    /// assert_eq!(w.into_bytes(), [0, 0, 0, 0]);
    /// ```
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Encodes one string on its own.
///
/// ```
/// use netdojo::calc::ssh::encode_string;
/// assert_eq!(encode_string(b"hi"), [0, 0, 0, 2, b'h', b'i']);
/// ```
pub fn encode_string(value: &[u8]) -> Vec<u8> {
    let mut writer = Writer::new();
    writer.string(value);
    writer.into_bytes()
}

/// Data that ends before a field it announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the key data ends in the middle of a field")]
pub struct Truncated;

/// Reads SSH encodings from bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Starts reading at the first byte.
    ///
    /// ```
    /// use netdojo::calc::ssh::Reader;
    /// assert!(Reader::new(b"").is_empty());
    /// ```
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    /// Whether everything has been read.
    ///
    /// ```
    /// use netdojo::calc::ssh::Reader;
    /// assert!(!Reader::new(b"x").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// How many bytes are left to read.
    ///
    /// ```
    /// use netdojo::calc::ssh::Reader;
    /// assert_eq!(Reader::new(b"abc").remaining(), 3);
    /// ```
    pub fn remaining(&self) -> usize {
        self.rest.len()
    }

    /// Reads a string.
    ///
    /// ```
    /// use netdojo::calc::ssh::Reader;
    /// let mut r = Reader::new(&[0, 0, 0, 2, b'o', b'k']);
    /// assert_eq!(r.string().unwrap(), b"ok");
    /// assert!(Reader::new(&[0, 0, 0, 9, b'x']).string().is_err());
    /// ```
    pub fn string(&mut self) -> Result<&'a [u8], Truncated> {
        let (length, rest) = self.rest.split_first_chunk::<4>().ok_or(Truncated)?;
        let length = usize::try_from(u32::from_be_bytes(*length)).map_err(|_| Truncated)?;
        if rest.len() < length {
            return Err(Truncated);
        }
        let (value, rest) = rest.split_at(length);
        self.rest = rest;
        Ok(value)
    }
}
