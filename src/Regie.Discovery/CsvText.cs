using System.Text;

namespace Regie.Discovery;

/// <summary>The text of a CSV file as schools hand it in: decoding and the delimiter, one rule for every CSV importer.</summary>
public static class CsvText
{
    /// <summary>UTF-8 with or without BOM (what the admin consoles write); a file that is not valid UTF-8 is read as Windows-1252, what older Excel writes.</summary>
    public static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }

    /// <summary>Dutch Excel writes ';', most other tools ','. The header line decides; on a tie the first of <paramref name="candidates"/> wins.</summary>
    public static string DetectDelimiter(string text, params string[] candidates)
    {
        var firstLine = text.Split('\n', 2)[0];
        return candidates.MaxBy(d => firstLine.Count(c => c == d[0]))!;
    }
}
