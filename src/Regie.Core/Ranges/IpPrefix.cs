using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Regie.Core.Ranges;

/// <summary>
/// An IPv4 or IPv6 network in CIDR form. The address is held as an unsigned number (IPv4 in the low 32 bits), so a
/// prefix is the interval <see cref="Start"/>..<see cref="End"/>. Host bits after the prefix are refused at parsing.
/// </summary>
public readonly record struct IpPrefix
{
    private IpPrefix(bool isV6, UInt128 start, int length) => (IsV6, Start, Length) = (isV6, start, length);

    public bool IsV6 { get; }
    public UInt128 Start { get; }
    public int Length { get; }

    public int Bits => IsV6 ? 128 : 32;

    public UInt128 End => Start | HostMask(Bits, Length);

    public bool Contains(bool isV6, UInt128 address) => isV6 == IsV6 && address >= Start && address <= End;

    public static IpPrefix FromNumber(bool isV6, UInt128 start, int length)
    {
        var bits = isV6 ? 128 : 32;
        if (length < 0 || length > bits || (!isV6 && start > uint.MaxValue) || (start & HostMask(bits, length)) != UInt128.Zero)
        {
            throw new ArgumentException($"{start}/{length} is not a network.", nameof(start));
        }

        return new IpPrefix(isV6, start, length);
    }

    public static IpPrefix Parse(string text) =>
        TryParse(text, allowBareAddress: false, out var prefix, out var problem) ? prefix : throw new FormatException(problem);

    /// <summary>
    /// Parses "address/length". With <paramref name="allowBareAddress"/> a lone address is a /32 or /128.
    /// On failure <paramref name="problem"/> says in Dutch what is wrong, ready to follow "'text' ".
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool allowBareAddress, out IpPrefix prefix, out string problem)
    {
        prefix = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (slash < 0 && !allowBareAddress)
        {
            problem = "mist de prefixlengte ('/getal') en is dus geen CIDR-reeks.";
            return false;
        }

        if (!TryParseAddress(addressText, out var isV6, out var number))
        {
            problem = "is geen geldig IP-adres met prefixlengte (CIDR).";
            return false;
        }

        if (!isV6 && addressText.Contains(':'))
        {
            problem = "is een IPv4-adres in IPv6-vorm (::ffff:…); schrijf de reeks als IPv4.";
            return false;
        }

        var bits = isV6 ? 128 : 32;
        var length = bits;
        if (slash >= 0)
        {
            var lengthText = text[(slash + 1)..];
            if (lengthText.Length is 0 or > 3 || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > bits)
            {
                problem = $"heeft een ongeldige prefixlengte: kies een getal van 0 tot en met {bits}.";
                return false;
            }
        }

        var hostBits = number & HostMask(bits, length);
        if (hostBits != UInt128.Zero)
        {
            var network = new IpPrefix(isV6, number & ~HostMask(bits, length), length);
            problem = $"is geen netwerkadres: er staan bits na de prefixlengte (bedoelt u {network}?).";
            return false;
        }

        prefix = new IpPrefix(isV6, number, length);
        problem = "";
        return true;
    }

    /// <summary>
    /// Strict: dotted quads with exactly four parts, IPv6 without a zone; IPAddress alone accepts "10.1" and "1".
    /// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is the IPv4 address.
    /// </summary>
    public static bool TryParseAddress(ReadOnlySpan<char> text, out bool isV6, out UInt128 number)
    {
        isV6 = false;
        number = UInt128.Zero;
        if (text.IsEmpty || text.Contains('%') || text.ContainsAny(" \t"))
        {
            return false;
        }

        isV6 = text.Contains(':');
        if (!isV6 && text.Count('.') != 3)
        {
            return false;
        }

        if (!IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        return TryToNumber(address, out isV6, out number);
    }

    /// <summary>The address as a number, without allocating. IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) count as IPv4.</summary>
    public static bool TryToNumber(IPAddress address, out bool isV6, out UInt128 number)
    {
        Span<byte> bytes = stackalloc byte[16];
        isV6 = false;
        number = UInt128.Zero;
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return false;
        }

        if (written == 4)
        {
            number = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            return true;
        }

        number = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        if (address.IsIPv4MappedToIPv6)
        {
            number &= uint.MaxValue;
            return true;
        }

        isV6 = true;
        return true;
    }

    public static IPAddress ToAddress(bool isV6, UInt128 number)
    {
        if (!isV6)
        {
            return new IPAddress(BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness((uint)number) : (uint)number);
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new IPAddress(bytes);
    }

    public IPAddress FirstAddress => ToAddress(IsV6, Start);

    public IPAddress LastAddress => ToAddress(IsV6, End);

    public AddressFamily Family => IsV6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;

    public override string ToString() => $"{FirstAddress}/{Length}";

    private static UInt128 HostMask(int bits, int length) =>
        length >= bits ? UInt128.Zero : (UInt128.One << (bits - length)) - UInt128.One;
}
