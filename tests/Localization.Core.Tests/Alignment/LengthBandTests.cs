using Localization.Core.Alignment;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// The aligner tells a ratio of letters inside its bands without a logarithm: wherever it does, the logarithm gives the
/// same answer (a misfit of 0, lengths not far apart), so no score changes.
/// </summary>
public sealed class LengthBandTests
{
    [Fact]
    public void A_ratio_inside_the_page_band_has_no_misfit()
    {
        var random = new Random(8);
        var inside = 0;
        for (var n = 0; n < 300_000; n++)
        {
            var log = n % 3 == 0 ? 0 : (random.NextDouble() * 6) - 3;
            var s = random.Next(20, 100_000);
            // Half the ratios right at the band's edges, where rounding decides.
            var t = n % 2 == 0
                ? Math.Max(1, (int)Math.Round(s * Math.Exp(log + (random.Next(2) == 0 ? 0.2 : -0.2))) + random.Next(-2, 3))
                : random.Next(1, 400_000);
            var fit = new PageAligner.LengthFit(log);
            if (fit.Fits((double)t / s))
            {
                inside++;
                Assert.True(PageAligner.MisfitByLog(s, t, log) == 0, $"{t}/{s} at {log}");
            }
        }

        Assert.True(inside > 50_000);
    }

    [Fact]
    public void Lengths_far_apart_are_the_logarithms_beyond_1_4()
    {
        var random = new Random(14);
        for (var n = 0; n < 300_000; n++)
        {
            var s = random.Next(1, 100_000);
            var t = n % 2 == 0
                ? Math.Max(1, (int)Math.Round(s * Math.Exp(random.Next(2) == 0 ? 1.4 : -1.4)) + random.Next(-2, 3))
                : random.Next(1, 400_000);
            Assert.Equal(Math.Abs(Math.Log((double)t / s)) > 1.4, PageAligner.FarApart((double)t / s));
        }
    }
}
