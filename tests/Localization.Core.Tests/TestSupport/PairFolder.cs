using Localization.Core.Checking;

namespace Localization.Core.Tests.TestSupport;

/// <summary>A temporary folder of Korean page pairs written on disk for whole-engine tests; removed on dispose.</summary>
public sealed class PairFolder : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-pairs-" + Guid.NewGuid().ToString("N"));

    public PairFolder() => Directory.CreateDirectory(_root);

    /// <summary>Writes <c>name.en.md</c> and <c>name.ko.md</c> and returns their pair.</summary>
    public PairRequest Pair(string name, string english, string translation)
    {
        File.WriteAllText(Path.Combine(_root, name + ".en.md"), english);
        File.WriteAllText(Path.Combine(_root, name + ".ko.md"), translation);
        return new PairRequest("ko", name + ".en.md", name + ".ko.md", Path.Combine(_root, name + ".en.md"), Path.Combine(_root, name + ".ko.md"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
