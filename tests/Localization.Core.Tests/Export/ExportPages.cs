namespace Localization.Core.Tests.Export;

/// <summary>A small MkDocs page and its Korean translation, with one unit of every state (text written for these tests).</summary>
internal static class ExportPages
{
    public const string English = """
        ---
        title: Keeping notes safe
        ---

        # Keeping notes safe

        Notes apps keep **everything** you write. Run `notes --lock` before you lend your phone to anyone.

        ## Choosing an app

        Pick an app that encrypts notes on the device[^1] and read its [privacy policy](https://example.org/privacy) first.

        !!! warning "Backups"

            - Cloud backups are often stored without end-to-end encryption.
            - Export your notes :material-export: once a month.

        | Feature | Why it matters |
        | --- | --- |
        | Local storage | Nothing leaves the device unless you ask. |

        The last paragraph was added after the translation was made.

        [^1]: Encryption at rest protects a lost phone.
        """;

    public const string Korean = """
        ---
        title: 메모를 안전하게 보관하기
        ---

        # 메모를 안전하게 보관하기

        메모 앱은 작성한 **모든 것**을 보관합니다. Run `notes --lock` before you lend your phone to anyone.

        ## 앱 선택하기

        기기에서 메모를 암호화하는[^1] 앱을 고르고 먼저 [개인정보 처리방침](https://example.org/other)을 읽으세요.

        !!! warning "백업"

            - Cloud backups are often stored without end-to-end encryption.
            - 한 달에 한 번 메모를 :material-export: 내보내세요.

        | 기능 | 중요한 이유 |
        | --- | --- |
        | 로컬 저장소 | 요청하지 않는 한 아무것도 기기를 떠나지 않습니다. |

        [^1]: 저장 데이터 암호화는 분실한 휴대폰을 보호합니다.
        """;
}
