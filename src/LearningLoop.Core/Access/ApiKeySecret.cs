using System.Security.Cryptography;
using System.Text;

namespace LearningLoop.Core.Access;

/// <summary>Makes and hashes API keys. Keys are 256 random bits, so a fast SHA-256 is enough: unlike passwords,
/// they cannot be guessed from a dictionary, and a slow hash would cost every API request.</summary>
public static class ApiKeySecret
{
    public const string Marker = "ll_";
    public const int PrefixLength = 10;

    public static string Create() =>
        Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];
}
