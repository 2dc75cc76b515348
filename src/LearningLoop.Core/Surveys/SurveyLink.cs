using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LearningLoop.Core.Surveys;

/// <summary>Single-use anonymous survey links. A token is <c>wave id | 16 random bytes | MAC</c>, base64url: it proves
/// itself with the wave's <see cref="Wave.LinkKey"/>, so the server never stores the tokens it hands out (nothing to
/// leak, nothing to join). Only a hash of a token that has been used to submit is kept (<see cref="UsedTokenHash"/>).
/// Decision 0005 explains why.</summary>
public static class SurveyLink
{
    private const int IdBytes = 4, NonceBytes = 16, MacBytes = 16;
    private const int TokenBytes = IdBytes + NonceBytes + MacBytes;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public static string Mint(int waveId, byte[] key)
    {
        var bytes = new byte[TokenBytes];
        BinaryPrimitives.WriteInt32BigEndian(bytes, waveId);
        RandomNumberGenerator.Fill(bytes.AsSpan(IdBytes, NonceBytes));
        Mac(key, bytes.AsSpan(0, IdBytes + NonceBytes)).CopyTo(bytes.AsSpan(IdBytes + NonceBytes));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The wave a well-formed token claims to belong to (not yet verified), or null.</summary>
    public static int? WaveOf(string? token)
    {
        if (token is null || token.Length != Base64Url.GetEncodedLength(TokenBytes) || !Base64Url.IsValid(token))
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[TokenBytes];
        return Base64Url.TryDecodeFromChars(token, bytes, out var written) && written == TokenBytes
            ? BinaryPrimitives.ReadInt32BigEndian(bytes) : null;
    }

    /// <summary>True when the token was minted with <paramref name="key"/> (constant-time comparison).</summary>
    public static bool Verify(string token, byte[]? key)
    {
        if (key is null || WaveOf(token) is null)
        {
            return false;
        }
        var bytes = Base64Url.DecodeFromChars(token);
        return CryptographicOperations.FixedTimeEquals(Mac(key, bytes.AsSpan(0, IdBytes + NonceBytes)), bytes.AsSpan(IdBytes + NonceBytes));
    }

    /// <summary>What is kept once the token has submitted. A token carries 128 random bits, so a plain SHA-256 cannot be
    /// reversed or guessed; the prefix keeps it different from <see cref="DraftKey"/>.</summary>
    public static string UsedHash(string token) => Hash("used:" + token);

    /// <summary>What finds a draft while the respondent is still answering; erased at submission.</summary>
    public static string DraftKey(string token) => Hash("draft:" + token);

    /// <summary>A short, unambiguous code for a kiosk link (no 0/O, 1/l/I).</summary>
    public static string NewKioskCode()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    private static byte[] Mac(byte[] key, ReadOnlySpan<byte> data) => HMACSHA256.HashData(key, data)[..MacBytes];

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
