using Gateway.Api.Personnel;

namespace Gateway.Api.DemoData;

/// <summary>Made-up but well-formed personal data (names, mobile numbers, resident ID numbers, badge numbers),
/// so no demo row can point at a real person.</summary>
internal sealed class SyntheticIdentities(Random random)
{
    /// <summary>Gong County's administrative division code.</summary>
    public const string GongCounty = "511526";

    /// <summary>Yibin's other districts and counties, where most floating residents come from.</summary>
    public static readonly string[] OtherYibinDivisions =
        ["511502", "511503", "511504", "511523", "511524", "511525", "511527", "511528", "511529"];

    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林郑梁谢宋唐许韩邓冯曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟姜崔谭廖范汪陆金石戴贾韦夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万武钱严赖";

    private const string GivenNameCharacters =
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍红建国文辉鹏飞宇浩然欣怡涵轩婷思远志诚俊嘉东春梅海燕德永福林波斌宁琳雪琴云莉彬健坤凤洁晨阳颖佳倩丹晶亮瑶旭蓉川成兵松";

    private static readonly string[] MobilePrefixes =
        ["133", "135", "136", "138", "139", "150", "151", "152", "157", "158", "159", "177", "180", "181", "182", "183",
            "187", "188", "189", "199"];

    private readonly HashSet<string> issuedIdNumbers = [];
    private readonly HashSet<string> issuedBadgeNumbers = [];

    public string Name()
    {
        var length = random.Chance(0.75) ? 2 : 1;
        var name = new char[length + 1];
        name[0] = Surnames[random.Next(Surnames.Length)];
        for (var i = 1; i <= length; i++) name[i] = GivenNameCharacters[random.Next(GivenNameCharacters.Length)];
        return new string(name);
    }

    public string Phone() => random.Pick(MobilePrefixes) + random.Next(100_000_000).ToString("D8");

    /// <summary>An 18-character resident ID number, unique across the demo, with a valid check character.</summary>
    public string IdNumber(DateOnly bornFrom, DateOnly bornTo, string division = GongCounty)
    {
        while (true)
        {
            var body = division + random.DayBetween(bornFrom, bornTo).ToString("yyyyMMdd") + random.Next(1000)
                .ToString("D3");
            var idNumber = body + ResidentIdNumber.CheckCharacter(body);
            if (issuedIdNumbers.Add(idNumber)) return idNumber;
        }
    }

    /// <summary>A six-digit police badge number, unique across the demo.</summary>
    public string BadgeNumber()
    {
        while (true)
        {
            var badge = random.Next(100_000, 1_000_000).ToString("D6");
            if (issuedBadgeNumbers.Add(badge)) return badge;
        }
    }
}
