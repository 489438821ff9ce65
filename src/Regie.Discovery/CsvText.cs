using System.Text;

namespace Regie.Discovery;

/// <summary>The text of a CSV file as schools hand it in: decoding and the delimiter, one rule for every CSV importer.</summary>
public static class CsvText
{
    private const int Chunk = 64 * 1024;

    /// <summary>
    /// The file's text as a reader, decoded as UTF-8 with or without BOM (what the admin consoles write), or as Windows-1252
    /// (what older Excel writes) when the file is not valid UTF-8 throughout. The text is never held whole: a first pass
    /// over the bytes decides the encoding, and the reader decodes as the parser reads (a 20 MB file would be 40 MB of
    /// .NET text, and more in copies; docs/PERFORMANCE.md, "Issue 12, point 6"). A stream that cannot seek (a network
    /// body) is copied into memory first. <see cref="CsvSource.FirstLine"/> is the header line, for <see cref="DetectDelimiter"/>.
    /// </summary>
    public static CsvSource Open(Stream stream)
    {
        var source = stream.CanSeek ? stream : Buffered(stream);
        var start = source.Position;
        var (utf8, bom, hasNul) = Inspect(source);
        var textStart = start + (utf8 && bom ? Encoding.UTF8.Preamble.Length : 0);
        Encoding encoding = utf8 ? new UTF8Encoding(false) : CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

        source.Position = textStart;
        string firstLine;
        using (var head = new StreamReader(source, encoding, detectEncodingFromByteOrderMarks: false, Chunk, leaveOpen: true))
        {
            firstLine = FirstLine(head);
        }

        source.Position = textStart;
        var reader = new StreamReader(source, encoding, detectEncodingFromByteOrderMarks: false, Chunk, leaveOpen: ReferenceEquals(source, stream));
        return new(reader, firstLine, hasNul);
    }

    /// <summary>Dutch Excel writes ';', most other tools ','. The header line decides; on a tie the first of <paramref name="candidates"/> wins.</summary>
    public static string DetectDelimiter(string text, params string[] candidates)
    {
        var firstLine = text.Split('\n', 2)[0];
        return candidates.MaxBy(d => firstLine.Count(c => c == d[0]))!;
    }

    private static MemoryStream Buffered(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Whether the bytes from here to the end are valid UTF-8, start with its BOM, and hold a NUL byte (a binary file).</summary>
    private static (bool Utf8, bool Bom, bool HasNul) Inspect(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[Chunk];
        var chars = new char[Chunk + 1];
        bool? bom = null;
        var utf8 = true;
        var hasNul = false;
        int read;
        while ((read = stream.ReadAtLeast(bytes, bom is null ? Encoding.UTF8.Preamble.Length : 1, throwOnEndOfStream: false)) > 0)
        {
            bom ??= bytes.AsSpan(0, read).StartsWith(Encoding.UTF8.Preamble);
            hasNul |= bytes.AsSpan(0, read).Contains((byte)0);
            utf8 = utf8 && Decodes(decoder, bytes, read, chars, flush: false);
        }

        return (utf8 && Decodes(decoder, bytes, 0, chars, flush: true), bom ?? false, hasNul);
    }

    private static bool Decodes(Decoder decoder, byte[] bytes, int count, char[] chars, bool flush)
    {
        try
        {
            decoder.GetChars(bytes, 0, count, chars, 0, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The text up to the first line feed (a carriage return stays), as <see cref="DetectDelimiter"/> reads it.</summary>
    private static string FirstLine(TextReader reader)
    {
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) is not -1 and not '\n')
        {
            line.Append((char)c);
        }

        return line.ToString();
    }
}

/// <summary>A CSV file opened for reading (<see cref="CsvText.Open"/>): its text as a reader, its header line, and whether it holds a NUL (not text).</summary>
public sealed record CsvSource(TextReader Reader, string FirstLine, bool HasNul);
