using System.Reflection;
using System.Reflection.Emit;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests;

public class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Regie.Core.Scoring.BoardAssessor).Assembly;

    private static string SourceRoot { get; } = Path.GetFullPath(Path.Combine(DataFolder.Locate(), "..", "src"));

    /// <summary>The analysis stays pure: no persistence, web or network types may leak into the core.</summary>
    [Fact]
    public void CoreReferencesNoPersistenceWebOrNetworkAssemblies()
    {
        var forbidden = new[] { "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "DnsClient", "System.Net.Sockets" };
        var references = Core.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void CoreSourceNeverReadsTheClock()
    {
        var root = Path.Combine(SourceRoot, "Regie.Core");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DateTime.Now") || text.Contains("DateTime.UtcNow") || text.Contains("DateTimeOffset.Now") || text.Contains("DateTimeOffset.UtcNow")))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>
    /// Only the loaders of data/ touch files. Read from the compiled IL rather than the source: implicit usings make
    /// `File.Exists` appear without any `using System.IO`, and lambdas and iterators are checked in the types the compiler
    /// makes for them. DomainNames and SignatureLoader read their own data files and predate Knowledge/Loading.
    /// </summary>
    [Fact]
    public void OnlyTheLoadersOfTheDataFolderUseSystemIo()
    {
        string[] loaders = ["Regie.Core.Knowledge.Loading.", "Regie.Core.Matching.DomainNames", "Regie.Core.Discovery.SignatureLoader"];
        var offenders = Core.GetTypes()
            .Where(t => !loaders.Any(l => Outermost(t).FullName!.StartsWith(l, StringComparison.Ordinal)))
            .SelectMany(t => t.GetMethods(AllDeclared).Cast<MethodBase>().Concat(t.GetConstructors(AllDeclared)))
            .SelectMany(m => IoUses(m).Select(use => $"{Outermost(m.DeclaringType!).FullName}.{m.Name} uses {use}"))
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheIoCheckSeesTheLoadersUseOfFiles()
    {
        var uses = typeof(DataFolder).GetMethods(AllDeclared).SelectMany(IoUses);

        Assert.Contains("System.IO.File.Exists", uses);
    }

    /// <summary>Discovery reads files into an import plan; writing it is the data layer's, so Discovery never needs it.</summary>
    [Fact]
    public void DiscoveryDoesNotDependOnTheDataLayer()
    {
        var references = typeof(Regie.Discovery.Imports.BoardImport).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        var project = File.ReadAllText(Path.Combine(SourceRoot, "Regie.Discovery", "Regie.Discovery.csproj"));

        Assert.DoesNotContain("Regie.Data", references);
        Assert.DoesNotContain("Regie.Data", project, StringComparison.Ordinal);
    }

    private const BindingFlags AllDeclared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => (ushort)o.Value);

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>Every System.IO type, method or field that the method's body names, and System.IO types in its signature.</summary>
    private static IEnumerable<string> IoUses(MethodBase method)
    {
        var signature = (method is MethodInfo info ? [info.ReturnType] : Array.Empty<Type>()).Concat(method.GetParameters().Select(p => p.ParameterType));
        foreach (var type in signature.Where(IsIo))
        {
            yield return type.FullName ?? type.Name;
        }

        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? (ushort)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[code];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    var owner = member as Type ?? member?.DeclaringType;
                    if (owner is not null && IsIo(owner))
                    {
                        yield return member is Type ? owner.FullName! : $"{owner.FullName}.{member!.Name}";
                    }

                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static bool IsIo(Type type)
    {
        while (type.HasElementType)
        {
            type = type.GetElementType()!;
        }

        // InvalidDataException lives in System.IO but reads nothing: the core throws it for bad stored text.
        return (type.Namespace == "System.IO" && type != typeof(InvalidDataException)) || (type.IsGenericType && type.GetGenericArguments().Any(IsIo));
    }
}
