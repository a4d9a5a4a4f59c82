using Localization.Core.Findings;
using Localization.Core.Rules.Markup;

namespace Localization.Core.Tests.Rules;

/// <summary>Mermaid diagrams: translated labels are cosmetic; changed ids, arrows, shapes and kinds are not.</summary>
public sealed class DiagramLabelsTests
{
    [Theory]
    [InlineData("graph TB\n  A[Start] --> B{Ready?}\n  B --> | Yes | C(Go)\n", "graph TB\n  A[시작] --> B{준비됐나요?}\n  B --> | 예 | C(가기)\n")]
    [InlineData("flowchart LR\n  A -- text --> B\n  A -. maybe .-> C\n  A == sure ==> D\n", "flowchart LR\n  A -- 글 --> B\n  A -. 아마 .-> C\n  A == 확실 ==> D\n")]
    [InlineData("graph TB\n  A((Circle)) --> B[(Database)]\n  B --> C>Flag] --> D[/Slanted/]\n", "graph TB\n  A((원)) --> B[(데이터베이스)]\n  B --> C>깃발] --> D[/기울임/]\n")]
    [InlineData("graph TB\n  A{\"Quoted (with parens)\"} --> B\n", "graph TB\n  A{\"따옴표 (괄호 포함)\"} --> B\n")]
    [InlineData("graph TB\n  subgraph Outside world\n    A --> B\n  end\n", "graph TB\n  subgraph 바깥 세상\n    A --> B\n  end\n")]
    [InlineData("graph TB\n  %% why this chart\n  A --> B\n", "graph TB\n  %% 이 도표의 이유\n  A --> B\n")]
    [InlineData("sequenceDiagram\n  participant A as Alice\n  A->>B: Hello\n  Note right of B: Thinks\n  alt is sick\n    B->>A: Not good\n  else is well\n    B->>A: Fine\n  end\n",
        "sequenceDiagram\n  participant A as 앨리스\n  A->>B: 안녕\n  Note right of B: 생각 중\n  alt 아플 때\n    B->>A: 안 좋아\n  else 괜찮을 때\n    B->>A: 좋아\n  end\n")]
    [InlineData("stateDiagram-v2\n  [*] --> Still\n  Still --> Moving : push\n  note right of Moving\n    It moves\n  end note\n", "stateDiagram-v2\n  [*] --> Still\n  Still --> Moving : 밀기\n  note right of Moving\n    움직인다\n  end note\n")]
    [InlineData("pie title Pets\n  \"Dogs\" : 386\n  \"Cats\" : 85\n", "pie title 반려동물\n  \"개\" : 386\n  \"고양이\" : 85\n")]
    [InlineData("gantt\n  title Plan\n  dateFormat YYYY-MM-DD\n  section Design\n  Draft the page :a1, 2024-01-01, 3d\n", "gantt\n  title 계획\n  dateFormat YYYY-MM-DD\n  section 설계\n  페이지 초안 :a1, 2024-01-01, 3d\n")]
    [InlineData("journey\n  title My day\n  section Work\n    Write code: 5: Me\n", "journey\n  title 나의 하루\n  section 일\n    코드 작성: 5: 나\n")]
    [InlineData("---\ntitle: Flow\n---\nflowchart TB\n  A[One] --> B[Two]\n", "---\ntitle: 흐름\n---\nflowchart TB\n  A[하나] --> B[둘]\n")]
    [InlineData("mindmap\n  root((Privacy))\n    Browsers\n    Email\n", "mindmap\n  root((개인정보))\n    브라우저\n    이메일\n")]
    [InlineData("erDiagram\n  USER ||--o{ KEY : owns\n", "erDiagram\n  USER ||--o{ KEY : 소유\n")]
    [InlineData("graph TB\n  A[Start]-->B[End]\n", "graph TB\n  A[시작] --> B[끝]\n\n")] // spacing and blank lines
    public void Diagrams_whose_labels_alone_were_translated_differ_only_in_labels(string source, string target) =>
        Assert.True(DiagramLabels.OnlyLabelsDiffer("mermaid", source, target));

    [Theory]
    [InlineData("graph TB\n  A[Start] --> B[End]\n", "graph TB\n  A[시작] --> C[끝]\n")] // a node id changed
    [InlineData("graph TB\n  A[Start] --> B[End]\n", "graph TB\n  A[시작] -.-> B[끝]\n")] // an arrow changed
    [InlineData("graph TB\n  A[Start] --> B[End]\n", "graph LR\n  A[시작] --> B[끝]\n")] // the direction changed
    [InlineData("graph TB\n  A[Start] --> B[End]\n", "graph TB\n  A[시작] --> B(끝)\n")] // a shape changed
    [InlineData("graph TB\n  A[Start] --> B[End]\n", "graph TB\n  A[시작] --> B[]\n")] // a label dropped
    [InlineData("graph TB\n  A --> B\n  B --> C\n", "graph TB\n  A --> B\n")] // an edge dropped
    [InlineData("sequenceDiagram\n  A->>B: Hello\n", "sequenceDiagram\n  A-->>B: 안녕\n")]
    [InlineData("gantt\n  dateFormat YYYY-MM-DD\n  Draft :a1, 2024-01-01, 3d\n", "gantt\n  dateFormat YYYY-MM-DD\n  초안 :a1, 2024-01-01, 5d\n")] // a duration changed
    [InlineData("graph TB\n  A --- B --- C\n", "graph TB\n  A --- X --- C\n")] // a node between two links is no edge text
    public void Other_differences_still_count(string source, string target) =>
        Assert.False(DiagramLabels.OnlyLabelsDiffer("mermaid", source, target));

    [Fact]
    public void Another_fence_language_has_no_labels() =>
        Assert.False(DiagramLabels.OnlyLabelsDiffer("text", "A[Start]\n", "A[시작]\n"));

    [Fact]
    public void A_changed_edge_among_translated_labels_is_named_not_the_labels()
    {
        var result = TestSupport.Checker.Check(
            "# Chart\n\n```mermaid\ngraph TB\n    A[Start] --> B{Ready?}\n    B --> | Yes | C(Go)\n```\n",
            "# 도표\n\n```mermaid\ngraph TB\n    A[시작] --> B{준비됐나요?}\n    B --> | 예 | D(가기)\n```\n");
        var finding = Assert.Single(result.Findings, f => f.Rule == "code-mismatch");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("line 3 is 'B --> |…| C(…)' in the English but 'B --> |…| D(…)' here, besides its labels", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translated_labels_alone_are_an_info()
    {
        var result = TestSupport.Checker.Check(
            "# Chart\n\n```mermaid\ngraph TB\n    A[Start] --> B{Ready?}\n```\n",
            "# 도표\n\n```mermaid\ngraph TB\n    A[시작] --> B{준비됐나요?}\n```\n");
        var finding = Assert.Single(result.Findings, f => f.Rule == "code-mismatch");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("diagram differs from the English only in its labels", finding.Message, StringComparison.Ordinal);
    }
}
