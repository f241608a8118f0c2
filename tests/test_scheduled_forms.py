"""Scheduled and future dates in the forms wire copy uses (issue 9, task dates42).

Invented sentences (names and places made up), each with its publication date: the date the tagger reads
must be the one still to come, never one read into the past; None means no date at all (a vague time).
"""

from __future__ import annotations

import pytest
from conftest import d

from timeline.temporal.tagger import Reference, tag

CASES = [
    ("2024-02-27", "Talks between Karsk and the Orvani rebels are set to resume next month.", "2024-03"),
    ("2024-02-27", "The two delegations are due to meet on 3 March in Velmora.", "2024-03-03"),
    ("2024-02-29", "The truce takes effect at midnight on Sunday, the mediator said.", "2024-03-03"),
    ("2024-03-03", "The next round, expected in Geneva on Tuesday, will focus on prisoners.", "2024-03-05"),
    ("2024-03-05", "A donor conference is tentatively set for early May.", "2024-05"),
    ("2024-03-05", "A new round of negotiations is scheduled for later this month.", "2024-03"),
    ("2024-03-05", "Ahead of talks in early April, both sides traded accusations.", "2024-04"),
    ("2024-03-05", "Funds have been earmarked for the reconstruction due to begin in early June.", "2024-06"),
    ("2024-03-05", "Negotiations resume on Thursday in Orlin.", "2024-03-07"),
    ("2024-03-05", "Rebels face a deadline of 31 March to leave the city.", "2024-03-31"),
    ("2024-03-05", "Talks open in Vessa on Monday.", "2024-03-11"),
    ("2024-03-05", "The ceasefire starts at noon on Saturday.", "2024-03-09"),
    ("2024-03-05", "The ceasefire, due to expire on Friday, may be extended.", "2024-03-08"),
    ("2024-03-05", "The government promised to release all detainees by the end of the year.", "2024"),
    ("2024-03-05", "The handover of the Dostra barracks is planned for mid-June.", "2024-06"),
    ("2024-03-05", "The meeting has been penciled in for late April.", "2024-04"),
    ("2024-03-05", "The parties must agree no later than April 20.", "2024-04-20"),
    ("2024-03-05", "The summit is pencilled in for 12 April.", "2024-04-12"),
    ("2024-03-05", "The truce begins on Sunday, the mediators said.", "2024-03-10"),
    ("2024-03-05", "The two leaders meet again on Friday.", "2024-03-08"),
    ("2024-03-05", "The withdrawal is due by early April.", "2024-04"),
    ("2024-03-09", "Talks to resume Monday", "2024-03-11"),
    ("2024-03-09", "Velmoran ceasefire to take effect Friday", "2024-03-15"),
    ("2024-04-10", "Elections slated for December are likely to be delayed, officials said.", "2024-12"),
    ("2024-04-10", "The parties will hold a second round in the first week of May.", "2024-W18"),
    ("2024-04-20", "The vote, pencilled in for 3 April, had been called off.", "2024-04-03"),
    ("2024-05-14", "A summit is pencilled in for early July in the capital.", "2024-07"),
    ("2024-05-14", "Envoy Tamsin Orlo is expected to arrive in Kadesh on Thursday.", "2024-05-16"),
    ("2024-05-14", "Negotiators will reconvene on May 21, a spokesman for the Orvani Front said.", "2024-05-21"),
    ("2024-05-14", "The ceasefire is to come into force on 20 May.", "2024-05-20"),
    ("2024-05-14", "The peace conference will open in Dastrel on the 28th.", "2024-05-28"),
    ("2024-05-14", "The vote, originally set for June 2, has been pushed back to June 16.", "2024-06-16"),
    ("2024-05-14", "The withdrawal should be complete by the end of the month.", "2024-05"),
    ("2024-06-03", "Delegates plan to meet in late June to finalise the map.", "2024-06"),
    ("2024-06-03", "Mediators hope to convene the parties before the end of the month.", "2024-06"),
    ("2024-06-03", "Peace talks set for Thursday in Marrow", "2024-06-06"),
    ("2024-06-03", "The Orvani Front said it would observe the ceasefire from Wednesday.", "2024-06-05"),
    ("2024-06-03", "The committee will submit its report by June 30.", "2024-06-30"),
    ("2024-08-02", "A new constitution is to be put to a referendum in December.", "2024-12"),
    ("2024-08-02", "A referendum on the accord will be held on October 6.", "2024-10-06"),
    ("2024-08-02", "Aid convoys are expected to roll on Sunday if the truce holds.", "2024-08-04"),
    ("2024-08-02", "Both sides agreed to meet again next week.", "2024-W32"),
    ("2024-08-02", "Ceasefire to start at dawn Saturday", "2024-08-03"),
    ("2024-08-02", "Karsk, rebels to meet in Geneva next month", "2024-09"),
    ("2024-08-02", "Parliament is due to vote on the deal next Tuesday.", "2024-08-06"),
    ("2024-08-02", "Presidential elections are scheduled for early next year.", "2025"),
    ("2024-08-02", "The agreement is expected to be signed in the coming days.", None),
    ("2024-08-02", "The army said it would complete its pullback within two weeks.", None),
    ("2024-08-02", "The council meets again on August 15 to review the truce.", "2024-08-15"),
    ("2024-08-02", "The exchange of prisoners will begin on Monday and last three days.", "2024-08-05"),
    ("2024-08-02", "The mission's mandate expires on 31 August.", "2024-08-31"),
    ("2024-08-02", "The rebels have until Friday to accept the offer.", "2024-08-02"),
    ("2024-08-02", "The second round is likely to take place in Geneva in mid-September.", "2024-09"),
    ("2024-08-02", "The talks could resume as early as next week.", "2024-W32"),
    ("2024-08-02", "Vote delayed to October", "2024-10"),
    ("2024-11-20", "A UN team will visit the camps later this week.", "2024-W47"),
    ("2024-11-20", "A deadline of January 10 was set for the rebels.", "2025-01-10"),
    ("2024-11-20", "Both sides are to sign the deal in the spring.", "2025-SP"),
    ("2024-11-20", "Delegates are expected back at the table by mid-January.", "2025-01"),
    ("2024-11-20", "Elections will take place in the second half of next year.", "2025-H2"),
    ("2024-11-20", "Elections, pencilled in for early March, could slip.", "2025-03"),
    ("2024-11-20", "Polls are provisionally set for late January.", "2025-01"),
    ("2024-11-20", "Talks are slated to restart in January in the Karsk capital.", "2025-01"),
    ("2024-11-20", "The January 10 deadline looms for the rebels.", "2025-01-10"),
    ("2024-11-20", "The ceasefire will expire at the end of next week.", "2024-W48"),
    ("2024-11-20", "The council meets again on 2 December.", "2024-12-02"),
    ("2024-11-20", "The deadline for disarmament falls on January 15.", "2025-01-15"),
    ("2024-11-20", "The deal takes effect on January 1.", "2025-01-01"),
    ("2024-11-20", "The foreign ministers are due in Vessa on 2 December for a signing ceremony.", "2024-12-02"),
    ("2024-11-20", "The monitors are set to deploy from December 1.", "2024-12-01"),
    ("2024-11-20", "The new government is to be sworn in on 1 January.", "2025-01-01"),
    ("2024-11-20", "The parties meet again on Saturday in Orlin.", "2024-11-23"),
    ("2024-11-20", "The parties met again on Saturday in Orlin.", "2024-11-16"),
    ("2024-11-20", "The talks have been scheduled for the first week of January.", "2025-W01"),
    ("2024-11-20", "The truce is due to begin at 6 a.m. on Friday.", "2024-11-22"),
    ("2024-11-20", "The vote is slated for the first half of next year.", "2025-H1"),
    ("2024-11-20", "Voting is expected in early February.", "2025-02"),
    ("2024-11-20", "Voting is set for Dec. 8, the electoral board announced.", "2024-12-08"),
    ("2024-11-20", "A second phase is planned for the spring.", "2025-SP"),
    ("2024-11-20", "A summit is planned for the spring in Dastrel.", "2025-SP"),
    ("2024-11-20", "The handover is set for the summer.", "2025-SU"),
    ("2024-11-20", "Elections are pencilled in for the summer.", "2025-SU"),
    ("2024-11-20", "The vote, planned for the spring, was postponed.", "2024-SP"),
    ("2024-11-20", "Talks slated for the summer never took place.", "2024-SU"),
    (
        "2024-03-05",
        "The council gave the militias a deadline of March 31 to hand over their heavy weapons.",
        "2024-03-31",
    ),
    ("2024-03-05", "The militias were given a deadline of April 15 to disarm.", "2024-04-15"),
    ("2024-11-20", "The rebels have been given until January 10 to lay down arms.", "2025-01-10"),
    ("2024-11-20", "The army issued an ultimatum of December 1 to the fighters.", "2024-12-01"),
    ("2024-04-20", "The rebels ignored a deadline of March 31.", "2024-03-31"),
    ("2024-04-20", "The rebels missed the deadline of March 31.", "2024-03-31"),
    # "in the new year": the coming calendar year, told in its last two months; the holiday, or told later, none.
    ("2024-12-03", "Mediators hope to bring the Orvani delegates back early in the new year.", "2025"),
    ("2024-11-20", "The envoy said the vote would take place in the New Year.", "2025"),
    ("2024-11-20", "Elections are likely to slip into late in the new year, officials in Karsk said.", "2025"),
    ("2024-12-20", "Shelling paused in the New Year holiday, residents of Velmora said.", None),
    ("2024-12-20", "The Karsk rebels will observe a truce on New Year's Eve.", "2024-12-31"),
    ("2024-03-05", "Talks between the Orvani factions resumed in the new year.", None),
    # "within N days" counts from a happening the text names (a signing, a deployment): annotators date none.
    ("2024-08-02", "The Orvani Front must hand over its heavy weapons within 30 days.", None),
    ("2024-08-02", "Foreign fighters are to leave within three months of the signing.", None),
]


@pytest.mark.parametrize(("published", "sentence", "value"), CASES)
def test_scheduled_form(published: str, sentence: str, value: str | None) -> None:
    # A mention left unresolved (an empty value) reads no date.
    values = [m.value for m in tag(sentence, Reference(d(published))) if m.kind == "date" and m.value]
    if value is None:
        assert values == []
    else:
        assert value in values, values
