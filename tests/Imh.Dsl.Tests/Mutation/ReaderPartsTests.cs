using System.IO;
using System.Text;
using Imh.Dsl.Portfolios.Reading;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The reader's small parts held directly: JSON paths as problems print them (names that need
/// brackets, paths deeper than the first allocation), exact comparison of JSON numbers with a
/// bound (signs, zeros, exponents, digits past a decimal's precision), and what kind of file a path is.
/// </summary>
public class ReaderPartsTests
{
    [Theory]
    [InlineData("work", "$.work")]
    [InlineData("_private", "$._private")]
    [InlineData("a1_b", "$.a1_b")]
    [InlineData("", "$['']")]
    [InlineData("1st", "$['1st']")]
    [InlineData("two words", "$['two words']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    public void A_name_is_a_plain_member_only_when_it_is_an_identifier(string name, string path)
        => PathStack.Member("$", name).ShouldBe(path);

    [Fact]
    public void A_path_deeper_than_sixteen_levels_keeps_every_segment_in_order()
    {
        var stack = new PathStack();
        for (int i = 0; i < 20; i++)
        {
            if (i % 2 == 0) stack.Push($"n{i}");
            else stack.Push(i);
        }

        stack.ToString().ShouldBe("$.n0[1].n2[3].n4[5].n6[7].n8[9].n10[11].n12[13].n14[15].n16[17].n18[19]");
        stack.With("end").ShouldEndWith("[19].end");
        stack.Pop();
        stack.ToString().ShouldEndWith(".n18");
    }

    [Fact]
    public void A_path_of_more_than_sixteen_indexes_keeps_every_one()
    {
        var stack = new PathStack();
        for (int i = 0; i < 17; i++) stack.Push(i);
        stack.ToString().ShouldBe("$" + string.Concat(Enumerable.Range(0, 17).Select(i => $"[{i}]")));
        stack.Clear();
        stack.ToString().ShouldBe("$");
    }

    private static int Compare(string json, decimal bound) => ExactNumber.Compare(Encoding.ASCII.GetBytes(json), bound);

    [Theory]
    [InlineData("24", 24, 0)]
    [InlineData("24.0", 24, 0)]
    [InlineData("2.4e1", 24, 0)]
    [InlineData("240E-1", 24, 0)]
    [InlineData("23.99999999999999999", 24, -1)] // 20 characters: read straight as a decimal
    [InlineData("24.00000000000000001", 24, 1)]
    [InlineData("24.000000000000000001", 24, 1)] // 21 characters: normalized digit by digit
    [InlineData("23.999999999999999999", 24, -1)]
    [InlineData("24.000000000000000000000000000001", 24, 1)]
    [InlineData("-24.000000000000000000001", -24, -1)] // long ones, negative: digit by digit
    [InlineData("-23.999999999999999999999", -24, 1)]
    [InlineData("-24.000000000000000000000", 24, -1)]
    [InlineData("-2.4e1", -24, 0)] // an exponent: digit by digit
    [InlineData("-2.4e1", 24, -1)]
    [InlineData("2.4E+1", 24, 0)]
    [InlineData("1e10", 10000000000, 0)] // two-digit exponents
    [InlineData("1e10", 1000000000, 1)]
    [InlineData("1e-10", 0.0000000001, 0)]
    [InlineData("0000000000000000000024", 24, 0)] // leading zeros, 22 characters
    [InlineData("0000000000000000000025", 24, 1)]
    [InlineData("0.0e5", 0, 0)] // zero, written long
    [InlineData("-0.0e0", 0, 0)]
    [InlineData("-0.0e0", 1, -1)]
    [InlineData("-0.0e0", -1, 1)]
    [InlineData("23.999999999999999999999999999999", 24, -1)]
    [InlineData("25", 24, 1)]
    [InlineData("3", 24, -1)]
    [InlineData("100", 24, 1)]
    [InlineData("-24", 24, -1)]
    [InlineData("-24", -24, 0)]
    [InlineData("-25", -24, -1)]
    [InlineData("-23", -24, 1)]
    [InlineData("0", 0, 0)]
    [InlineData("-0", 0, 0)]
    [InlineData("0.000", 0, 0)]
    [InlineData("0", 1, -1)]
    [InlineData("0", -1, 1)]
    [InlineData("1e+2", 100, 0)]
    [InlineData("1e999999999999", 100, 1)]
    [InlineData("1e-999999999999", 0, 1)]
    [InlineData("0.5", 0.5, 0)]
    [InlineData("0.05", 0.5, -1)]
    [InlineData("007.50", 7.5, 0)]
    public void A_json_number_is_compared_with_a_bound_exactly(string json, double bound, int sign)
        => Math.Sign(Compare(json, (decimal)bound)).ShouldBe(sign, $"{json} against {bound}");

    [Theory]
    [InlineData("1", true)]
    [InlineData("0.001", true)]
    [InlineData("1e-30", true)]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("0.0e5", false)]
    [InlineData("-1", false)]
    [InlineData("0.000000000000000001", true)]
    [InlineData("0.0000000000000000001", true)]
    [InlineData("0.000000000000000000", false)]
    public void Positive_means_above_zero(string json, bool positive)
        => ExactNumber.IsPositive(Encoding.ASCII.GetBytes(json)).ShouldBe(positive, json);

    [Theory]
    [InlineData("3", true)]
    [InlineData("3.0", true)]
    [InlineData("30e-1", true)]
    [InlineData("0", true)]
    [InlineData("0.0", true)]
    [InlineData("1.5e1", true)]
    [InlineData("1.25e1", false)]
    [InlineData("3.5", false)]
    [InlineData("-2.000", true)]
    [InlineData("1e-1", false)]
    [InlineData("3.000000000000000001", false)]
    [InlineData("3.0000000000000000001", false)]
    [InlineData("3.000000000000000000", true)]
    public void Whole_means_no_fraction_whatever_the_notation(string json, bool whole)
        => ExactNumber.IsWhole(Encoding.ASCII.GetBytes(json)).ShouldBe(whole, json);

    [Fact]
    public void A_regular_file_is_readable_and_a_folder_a_device_and_a_pipe_are_named()
    {
        var file = Path.GetTempFileName();
        try
        {
            FileKinds.Of(file).ShouldBeNull();
            FileKinds.IsRegular(file).ShouldBeTrue();
        }
        finally
        {
            File.Delete(file);
        }
        if (OperatingSystem.IsWindows()) return;
        FileKinds.Of("/dev/null").ShouldBe("a device");
        FileKinds.Of(Path.GetTempPath()).ShouldBe("not a regular file");
        FileKinds.Of(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).ShouldBeNull();
        FileKinds.IsRegular("/dev/null").ShouldBeFalse();
        FileKinds.IsRegular(Path.GetTempPath()).ShouldBeFalse();
        FileKinds.IsRegular(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).ShouldBeFalse();
    }

    [Fact]
    public void A_named_pipe_and_a_socket_are_named_and_not_regular()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateTempSubdirectory("imh-kinds-").FullName;
        try
        {
            string pipe = Path.Combine(folder, "pipe");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
            FileKinds.Of(pipe).ShouldBe("a named pipe");
            FileKinds.IsRegular(pipe).ShouldBeFalse();

            string socket = Path.Combine(folder, "socket");
            using var listener = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            listener.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socket));
            FileKinds.Of(socket).ShouldBe("a socket");
            FileKinds.IsRegular(socket).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
