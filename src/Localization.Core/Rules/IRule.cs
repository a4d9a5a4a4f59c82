namespace Localization.Core.Rules;

/// <summary>A check over one aligned page pair.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Check(PageCheckContext context);
}
