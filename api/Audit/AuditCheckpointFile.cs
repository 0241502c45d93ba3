using System.Runtime.Versioning;
using System.Text;

namespace Gateway.Api.Audit;

/// <summary>
/// An append-only file of checkpoints, outside the database. Instances sharing it may append out of order (a slower
/// writer's older head after a newer one), so the newest checkpoint is the one of the highest head, not the last line.
/// </summary>
public sealed class AuditCheckpointFile(string path)
{
    /// <summary>The configuration key naming the file; by default it lies beside the database file.</summary>
    public const string PathKey = "Audit:CheckpointPath";

    /// <summary>How long a writer waits for another instance's append before trying again, and how often.</summary>
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(5);
    private const int LockAttempts = 200;

    public string Path => path;

    /// <summary>Appends the checkpoint as one line and flushes it to disk before returning.</summary>
    public async Task AppendAsync(AuditCheckpoint checkpoint)
    {
        var line = Encoding.ASCII.GetBytes(checkpoint.ToLine() + "\n");
        // .NET appends at an offset it tracks, not with O_APPEND: a lock over the file keeps instances' lines whole.
        await using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite,
            bufferSize: 0);
        // macOS has no such lock in .NET; it runs single development instances only.
        var locks = !OperatingSystem.IsMacOS();
        if (locks) await LockAsync(file);
        try
        {
            file.Seek(0, SeekOrigin.End);
            await file.WriteAsync(line);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            if (locks) file.Unlock(0, long.MaxValue);
        }
    }

    /// <summary>
    /// The checkpoint of the highest head, null when there is none; or why the file cannot be trusted. A last line cut
    /// short (a crash mid-append, or an append under way) is not a checkpoint yet and is skipped; every other line
    /// must hold its signature.
    /// </summary>
    public async Task<(AuditCheckpoint? Newest, string? Fault)> ReadNewestAsync(
        AuditChainKey key, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return (null, null);
        await using var file = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var complete = file.Length;
        while (complete > 0 && ByteAt(file, complete - 1) != '\n') complete--;
        file.Position = 0;
        using var reader = new StreamReader(file, Encoding.ASCII, leaveOpen: true);
        AuditCheckpoint? newest = null;
        var (number, read) = (0, 0L);
        while (read < complete && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            (number, read) = (number + 1, read + line.Length + 1);
            if (line.Length == 0) continue;
            var checkpoint = AuditCheckpoint.Parse(line);
            if (checkpoint is null || !checkpoint.IsSignedBy(key))
                return (null, $"Line {number} of the checkpoint file {path} does not hold its signature: "
                    + "the file was altered"
                    + (checkpoint is not null && checkpoint.KeyId != key.Id
                        ? $", or written with another key (id {checkpoint.KeyId}, not {key.Id})." : "."));
            if (newest is null || checkpoint.HeadId > newest.HeadId) newest = checkpoint;
        }
        return (newest, null);
    }

    [UnsupportedOSPlatform("macos")]
    private static async Task LockAsync(FileStream file)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                file.Lock(0, long.MaxValue);
                return;
            }
            catch (IOException) when (attempt < LockAttempts)
            {
                await Task.Delay(LockRetry);
            }
        }
    }

    private static int ByteAt(FileStream file, long position)
    {
        file.Position = position;
        return file.ReadByte();
    }
}
