using Gateway.Api.Security.Protection;

namespace Gateway.Api.Tests.Security.Authorization;

public sealed class MaskTests
{
    [Theory]
    [InlineData("511502199001011234", "5115**********1234")]
    [InlineData("51150219900101123X", "5115**********123X")]
    [InlineData("511502900101123", "5115*******1123")] // the old 15-digit number
    [InlineData("123456789", "1234*6789")]
    [InlineData("12345678", "********")]
    [InlineData("", "")]
    public void An_ID_number_keeps_its_first_four_and_last_four_characters(string value, string masked) =>
        Assert.Equal(masked, Mask.IdNumber(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0817-2345678", "081*****5678")]
    [InlineData("12345678", "123*5678")]
    [InlineData("1234567", "*******")]
    [InlineData("", "")]
    public void A_phone_keeps_its_first_three_and_last_four_characters(string value, string masked) =>
        Assert.Equal(masked, Mask.Phone(value));
}
