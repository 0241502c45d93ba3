using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Architecture;

/// <summary>Lines stay within the 120 characters of the .editorconfig, which the compiler does not check.</summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 120;

    [Fact]
    public void No_line_of_code_is_longer_than_120_characters()
    {
        var separator = Path.DirectorySeparatorChar;
        var tooLong = new[] { "api", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(
                Path.Combine(RepositoryFiles.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !new[] { "Migrations", "obj", "bin" }.Any(generated =>
                file.Contains($"{separator}{generated}{separator}", StringComparison.Ordinal)))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => l.line.Length > MaxLength)
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Root, l.file)}:{l.number} ({l.line.Length})")
            .ToList();
        Assert.True(tooLong.Count == 0, $"Lines over {MaxLength} characters:\n{string.Join("\n", tooLong)}");
    }
}
