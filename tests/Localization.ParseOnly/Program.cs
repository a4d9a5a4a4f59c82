using Localization.Core.Markdown;
using Markdig;

// Usage: parse-only DIRECTORY — parses every *.md below DIRECTORY and prints how many files and blocks.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: parse-only DIRECTORY");
    return 2;
}

var files = Directory.EnumerateFiles(args[0], "*.md", SearchOption.AllDirectories).ToArray();
long blocks = 0;
Parallel.ForEach(files, file =>
{
    var document = Markdown.Parse(File.ReadAllText(file), MarkdownPipelineFactory.Default);
    Interlocked.Add(ref blocks, document.Count);
});
Console.WriteLine($"{files.Length} files, {blocks} top-level blocks");
return 0;
