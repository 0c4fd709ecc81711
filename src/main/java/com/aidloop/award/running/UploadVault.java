package com.aidloop.award.running;

import com.aidloop.privacy.SensitiveData;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps uploaded rosters encrypted at rest between a validation and its commit (确认导入) and
 * for the error workbook: each file under its own random AES-256 key, sealed with the platform's
 * data key ({@link SensitiveData#seal}) and stored beside the import record. The file is
 * encrypted in chunks of 1 MiB with AES-GCM (the chunk's number and whether it is the last one
 * are authenticated), so that a 150 MB roster never needs to sit in memory, and a cut or
 * reordered file fails to open.
 */
final class UploadVault {

    private static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SensitiveData sensitive;

    UploadVault(SensitiveData sensitive) {
        this.sensitive = sensitive;
    }

    /** Encrypts {@code plain} into {@code target}; returns the file key sealed for storage. */
    String store(Path plain, Path target) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try (InputStream in = Files.newInputStream(plain);
                DataOutputStream out = new DataOutputStream(Files.newOutputStream(target))) {
            byte[] buffer = new byte[CHUNK];
            byte[] next = new byte[CHUNK];
            int length = in.readNBytes(buffer, 0, CHUNK);
            long index = 0;
            while (true) {
                int nextLength = length == CHUNK ? in.readNBytes(next, 0, CHUNK) : 0;
                boolean last = nextLength == 0;
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, index, last).doFinal(buffer, 0, length);
                out.writeInt(sealed.length);
                out.write(sealed);
                if (last) {
                    break;
                }
                byte[] swap = buffer;
                buffer = next;
                next = swap;
                length = nextLength;
                index++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the upload", e);
        }
        return sensitive.seal(Base64.getEncoder().encodeToString(key));
    }

    /** Decrypts a stored file into {@code target}; fails if anything was changed, cut or reordered. */
    void open(Path stored, String sealedKey, Path target) {
        byte[] key = Base64.getDecoder().decode(sensitive.open(sealedKey));
        try (DataInputStream in = new DataInputStream(Files.newInputStream(stored));
                OutputStream out = Files.newOutputStream(target)) {
            long index = 0;
            byte[] sealed = readChunk(in);
            while (true) {
                byte[] next = readChunk(in);
                boolean last = next == null;
                out.write(cipher(Cipher.DECRYPT_MODE, key, index, last).doFinal(sealed));
                if (last) {
                    break;
                }
                sealed = next;
                index++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored upload was changed or cut and cannot be opened", e);
        }
    }

    private static byte[] readChunk(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length < 0 || length > CHUNK + 16) {
            throw new IOException("not a stored upload");
        }
        return in.readNBytes(length);
    }

    private static Cipher cipher(int mode, byte[] key, long index, boolean last) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(index).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(
                ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array());
        return cipher;
    }
}
