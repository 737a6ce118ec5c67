//! The host's SSH key: made once, kept in the data directory with mode 0600, so that
//! students see the same fingerprint every class.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, HashAlg, PrivateKey};

/// The key file's name inside the data directory.
pub const FILE_NAME: &str = "live_host_ed25519_key";

/// Why the host key cannot be loaded or made.
#[derive(Debug, thiserror::Error)]
pub enum HostKeyError {
    /// The file system said no.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The file is not an OpenSSH private key.
    #[error("{} is not a usable OpenSSH private key: {reason}", path.display())]
    Key {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// The host key and what students should see of it.
#[derive(Debug, Clone)]
pub struct HostKey {
    /// The private key.
    pub key: PrivateKey,
    /// Its SHA256 fingerprint, as `ssh` shows it on first connect.
    pub fingerprint: String,
    /// Where it is kept.
    pub path: PathBuf,
    /// Whether it was made just now.
    pub created: bool,
}

/// Loads the host key from `dir`, or makes one there the first time.
pub fn load_or_create(dir: &Path) -> Result<HostKey, HostKeyError> {
    let path = dir.join(FILE_NAME);
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| HostKeyError::Io { path, source }
    };
    if path.exists() {
        let key = russh::keys::load_secret_key(&path, None).map_err(|e| HostKeyError::Key {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        restrict(&path).map_err(io_error(&path))?;
        return Ok(HostKey {
            fingerprint: fingerprint(&key),
            key,
            path,
            created: false,
        });
    }
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(|e| {
        HostKeyError::Key {
            path: path.clone(),
            reason: e.to_string(),
        }
    })?;
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| HostKeyError::Key {
            path: path.clone(),
            reason: e.to_string(),
        })?;
    // Written under a temporary name with 0600 from the start, then renamed, so the
    // key is never readable by others and never half-written under its real name.
    let temp = dir.join(format!("{FILE_NAME}.tmp"));
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temp).map_err(io_error(&temp))?;
    file.write_all(text.as_bytes()).map_err(io_error(&temp))?;
    file.sync_all().map_err(io_error(&temp))?;
    drop(file);
    restrict(&temp).map_err(io_error(&temp))?;
    fs::rename(&temp, &path).map_err(io_error(&path))?;
    Ok(HostKey {
        fingerprint: fingerprint(&key),
        key,
        path,
        created: true,
    })
}

/// The SHA256 fingerprint of a key's public half.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(unix)]
fn restrict(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path)?.permissions().mode() & 0o777;
    if mode != 0o600 {
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn restrict(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_with_mode_0600_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("netdojo");
        let first = load_or_create(&home).unwrap();
        assert!(first.created);
        assert!(first.fingerprint.starts_with("SHA256:"));
        assert_eq!(first.fingerprint.len(), "SHA256:".len() + 43);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&first.path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let again = load_or_create(&home).unwrap();
        assert!(!again.created);
        assert_eq!(again.fingerprint, first.fingerprint);
        assert!(!home.join(format!("{FILE_NAME}.tmp")).exists());
    }

    #[test]
    fn a_garbled_key_file_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        fs::write(&path, "not a key").unwrap();
        let err = load_or_create(dir.path()).unwrap_err();
        assert!(
            err.to_string().starts_with(&format!(
                "{} is not a usable OpenSSH private key: ",
                path.display()
            )),
            "{err}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "not a key");
    }
}
