using System.Security.Cryptography;
using Pipeline.Artifacts;

namespace Pipeline.Tests.Artifacts;

/// <summary>The digests S3 is given: the whole file's, and each part's for a multipart upload, across read boundaries.</summary>
public class Sha256FileTests
{
    private string file = null!;
    private byte[] bytes = null!;

    [SetUp]
    public void WriteAFileLongerThanOneRead()
    {
        bytes = new byte[(1024 * 1024 * 2) + 12345];
        new Random(7).NextBytes(bytes);
        file = Path.GetTempFileName();
        File.WriteAllBytes(file, bytes);
    }

    [TearDown]
    public void DeleteTheFile() => File.Delete(file);

    [Test]
    public async Task The_whole_file_hash_is_lowercase_hex_of_every_byte() =>
        Assert.That(await Sha256File.HexAsync(file), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));

    [Test]
    public async Task Each_part_is_hashed_on_its_own_and_the_last_part_is_the_rest()
    {
        const int partSize = (1024 * 1024) + 7;

        var parts = await Sha256File.PartsBase64Async(file, partSize);

        var expected = bytes.Chunk(partSize).Select(chunk => Convert.ToBase64String(SHA256.HashData(chunk))).ToArray();
        Assert.That(parts, Is.EqualTo(expected));
        Assert.That(parts, Has.Length.EqualTo(3));
    }

    [Test]
    public void The_S3_checksum_is_the_base64_of_the_digest() =>
        Assert.That(Sha256File.ToBase64("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            Is.EqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="));

    [Test]
    public void A_cancelled_hash_stops() =>
        Assert.That(() => Sha256File.HexAsync(file, new CancellationToken(canceled: true)), Throws.InstanceOf<OperationCanceledException>());
}
