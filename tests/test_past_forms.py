"""Past, background and anchored dates, and numbers that only look like dates, in the forms wire copy uses
(issue 9, task dates45).

Invented sentences and short passages (names and places made up), each with its publication date, the expression
looked at and the value the study sets' gold gives such a form: a past weekday is the last such day up to
publication, "over the weekend" the ISO week holding the weekend just gone, "earlier this month" the month, "late
last year" the year, "two years ago" the year, a year that qualifies a noun ("the 2015 agreement", "last year's
talks") its year, a range ("between 1992 and 1995") its first part, a count in a passage ("two days later", "the
following spring") counts from the date told before it. None: no date at all, as the gold marks none for decades
("in the early 1990s"), durations ("for more than a decade", "a 72-hour truce"), ages, counts, measures, scores,
clock times and a name holding a date ("the May 17 movement", "23 July Street").

Left out, the study sets' gold not saying: "in the past week", "days ago", "a decade ago", "a fortnight ago",
"two weeks ago" and "a week ago" (day or week?).  Left out as the study sets disagree: a document's year
("Resolution 2510 (2020)", "Law No. 12 of 2016": one set's gold marks none, three mark the year).

A mention is judged as the scorer judges the row it dates (`benchmarks/heldout_eval.py`): its period's start at
its precision ("the weekend" is the week holding it, "1992 and 1995" the year 1992); a decade or a century dates
no event (`understanding.passages`), so it counts as no date.

Right at main before task dates45: 246 of 255 (the three xfail cases among the 9 wrong); after its changes: 252.
"""

from __future__ import annotations

import pytest
from conftest import d, gold_value, probe_case

from timeline.core.periods import Period
from timeline.temporal.tagger import Reference, tag

# (published, text, expression, value): the value of the mention that covers `expression` in `text`.
PAST_DAYS = [
    # Tuesday 24 January 2023 (ISO week 4): reported speech, past perfect, possessives, clauses
    ("2023-01-24", "Monday's talks in Vessa ended without agreement.", "Monday", "2023-01-23"),
    ("2023-01-24", "The rebels had warned on Friday that they would retaliate.", "Friday", "2023-01-20"),
    ("2023-01-24", "It was the second attack since Sunday, the army said.", "Sunday", "2023-01-22"),
    ("2023-01-24", "The talks, which opened on Thursday, were adjourned.", "Thursday", "2023-01-19"),
    ("2023-01-24", "On Friday and Saturday, jets struck rebel positions.", "Friday", "2023-01-20"),
    ("2023-01-24", "The envoy, speaking last Thursday, said talks would go on.", "last Thursday", "2023-01-19"),
    ("2023-01-24", "Fighting over the past weekend killed 12 people.", "weekend", "2023-W03"),
    ("2023-01-24", "Gunmen killed three soldiers on Sunday evening, the army said on Monday.", "Sunday", "2023-01-22"),
    ("2023-01-24", "The rebels, who had seized the town on Saturday, withdrew on Monday.", "Saturday", "2023-01-21"),
    ("2023-01-24", "Late last week, the rebels released two hostages.", "Late last week", "2023-W03"),
    # Wednesday 12 June 2019 (ISO week 24)
    ("2019-06-12", "Kolvar rebels shelled the town of Ansk on Monday, residents said.", "Monday", "2019-06-10"),
    ("2019-06-12", "On Sunday, envoy Mirela Dast met the two commanders in Vostrel.", "Sunday", "2019-06-09"),
    ("2019-06-12", "The Orvani council said on Tuesday it had accepted the plan.", "Tuesday", "2019-06-11"),
    ("2019-06-12", "The truce, agreed last Friday, appears to be holding.", "last Friday", "2019-06-07"),
    ("2019-06-12", "Fighting flared again over the weekend in the hills above Tarsa.", "weekend", "2019-W23"),
    ("2019-06-12", "Troops retook the bridge on Saturday night, a spokesman said.", "Saturday", "2019-06-08"),
    ("2019-06-12", "Late on Thursday, the militia freed twelve hostages.", "Thursday", "2019-06-06"),
    # Friday 5 March 2021 (ISO week 9)
    ("2021-03-05", "Karsk's foreign minister flew to Dastrel on Wednesday for talks.", "Wednesday", "2021-03-03"),
    ("2021-03-05", "The two sides exchanged prisoners at the weekend, the Red Crescent said.", "weekend", "2021-W08"),
    ("2021-03-05", "Last Monday, a convoy was ambushed near Orlin.", "Last Monday", "2021-03-01"),
    ("2021-03-05", "Pavel Grenn said he had spoken to both leaders on Thursday evening.", "Thursday", "2021-03-04"),
    ("2021-03-05", "Tuesday's attack killed four soldiers, the army said.", "Tuesday", "2021-03-02"),
    ("2021-03-05", "The rebels, who seized the airport on Monday, said they would hold it.", "Monday", "2021-03-01"),
    ("2021-03-05", "A spokesman said the rebels had shelled the town on Wednesday night.", "Wednesday", "2021-03-03"),
    # Monday 17 October 2022 (ISO week 42)
    ("2022-10-17", "The ceasefire largely held this past weekend, monitors said.", "weekend", "2022-W41"),
    ("2022-10-17", "Clashes erupted on Friday night in the port of Velm.", "Friday", "2022-10-14"),
    ("2022-10-17", "Over the weekend, Orvani fighters pulled back from two villages.", "weekend", "2022-W41"),
    ("2022-10-17", "The parliament voted on Thursday to extend the mandate.", "Thursday", "2022-10-13"),
    ("2022-10-17", "On Saturday the army said it had regained control of the road.", "Saturday", "2022-10-15"),
    # Tuesday 24 January 2023
    ("2023-01-24", "The council met last Wednesday to review the truce.", "last Wednesday", "2023-01-18"),
    ("2023-01-24", "Two aid workers were killed on Sunday in Marrow, the agency said.", "Sunday", "2023-01-22"),
    ("2023-01-24", "The militia said on Monday it would lay down its arms.", "Monday", "2023-01-23"),
    ("2023-01-24", "The minister said on Monday that rebels had hit the base on Saturday.", "Saturday", "2023-01-21"),
    # Saturday 29 September 2018
    ("2018-09-29", "The envoy told reporters on Friday that talks had stalled.", "Friday", "2018-09-28"),
    ("2018-09-29", "Fighting resumed on Wednesday after a two-day lull.", "Wednesday", "2018-09-26"),
    ("2018-09-29", "Troops withdrew from the Selka valley on Monday, the ministry said.", "Monday", "2018-09-24"),
    # Sunday 6 December 2020
    ("2020-12-06", "The delegations signed the protocol on Thursday in Vessa.", "Thursday", "2020-12-03"),
    ("2020-12-06", "On Saturday night, drones struck a depot outside Kadesh.", "Saturday", "2020-12-05"),
    ("2020-12-06", "Foreign minister Tarn Holvik said on Friday the deal was close.", "Friday", "2020-12-04"),
    # Thursday 13 April 2017
    ("2017-04-13", "Last Sunday, gunmen attacked a checkpoint in Brava.", "Last Sunday", "2017-04-09"),
    ("2017-04-13", "The rebels announced on Tuesday a unilateral truce.", "Tuesday", "2017-04-11"),
    # Tuesday 9 July 2024 (ISO week 28)
    ("2024-07-09", "Rebel leader Osk Verlan was killed in a strike last Thursday night.", "Thursday", "2024-07-04"),
    ("2024-07-09", "The army said Sunday's attack on the depot had been repelled.", "Sunday", "2024-07-07"),
    ("2024-07-09", "Fighting, which began on Friday, continued into Monday.", "Friday", "2024-07-05"),
    ("2024-07-09", "Fighting, which began on Friday, continued into Monday.", "Monday", "2024-07-08"),
    ("2024-07-09", "By Saturday evening, the rebels had withdrawn from Tarsa.", "Saturday", "2024-07-06"),
    ("2024-07-09", "The ministry said the strike took place overnight Sunday.", "Sunday", "2024-07-07"),
    ("2024-07-09", "On the weekend, mediators met both sides in Vessa.", "weekend", "2024-W27"),
    ("2024-07-09", "The Orvani Front said late on Monday that it had freed the hostages.", "Monday", "2024-07-08"),
    # "the eve of" a happening the text names is no date; of a feast, the day before it
    ("2019-06-12", "On the eve of the talks, the rebels released ten prisoners.", "eve", None),
    ("2020-01-10", "The accord was signed on Christmas Eve in Dastrel.", "Christmas Eve", "2019-12-24"),
    # "proposed" after its subject is the clause's past verb: a year-less day before it is the last such day, even
    # with a future in the reported clause after a comma (task study21); opening a headline or after a determiner
    # it is an adjective, and with a gerund after it the plan proposed lies ahead.
    ("2021-02-04", "Ila Marsh proposed the mission in a letter to the council on 30 December, saying its monitors"
     " would be unarmed.", "30 December", "2020-12-30"),
    ("2021-02-04", "The envoy proposed a truce on 28 January, saying talks would follow.", "28 January", "2021-01-28"),
    ("2021-02-04", "The envoy proposed holding the talks on 28 February.", "28 February", "2021-02-28"),
]  # fmt: skip

FROM_PUBLICATION = [
    ("2023-01-24", "In early January the army shelled Tarsa.", "early January", "2023-01"),
    ("2023-01-24", "The army shelled Tarsa in late December.", "late December", "2022-12"),
    ("2023-01-24", "Since November, 200 people have been killed.", "November", "2022-11"),
    ("2023-01-24", "Talks broke down in the autumn, officials said.", "autumn", "2022-FA"),
    ("2023-01-24", "The last round, held in Vessa in October, failed.", "October", "2022-10"),
    ("2023-01-24", "Talks resumed two months ago.", "two months ago", "2022-11"),
    ("2023-01-24", "The army took the town six months ago.", "six months ago", "2022-07"),
    ("2023-01-24", "The militia was disbanded three years ago this month.", "three years ago this month", "2020-01"),
    ("2023-01-24", "The rebels signed the accord last March.", "last March", "2022-03"),
    ("2019-06-12", "Earlier this month, the rebels seized the Tarsa dam.", "Earlier this month", "2019-06"),
    ("2019-06-12", "The two sides met in Orlin earlier this year.", "earlier this year", "2019"),
    ("2019-06-12", "Earlier this week, the army shelled two villages.", "Earlier this week", "2019-W24"),
    ("2019-06-12", "The council had imposed sanctions late last year.", "late last year", "2018"),
    ("2019-06-12", "At the end of last month, the Orvani Front left the talks.", "end of last month", "2019-05"),
    ("2019-06-12", "Talks collapsed two years ago after a dispute over prisoners.", "two years ago", "2017"),
    ("2019-06-12", "Three days ago, gunmen stormed a school in Ansk.", "Three days ago", "2019-06-09"),
    ("2019-06-12", "Four years ago, the city fell to the rebels.", "Four years ago", "2015"),
    ("2022-10-17", "The army said last month that it had killed the rebel commander.", "last month", "2022-09"),
    ("2022-10-17", "The government announced last week that it would reopen the border.", "last week", "2022-W41"),
    ("2022-10-17", "The group signed a truce in Vessa last year.", "last year", "2021"),
    ("2022-10-17", "The militia had agreed in March last year to disarm.", "March last year", "2021-03"),
    ("2022-10-17", "The mediators said earlier this month the talks were stuck.", "earlier this month", "2022-10"),
    ("2022-10-17", "The ceasefire collapsed early last month.", "early last month", "2022-09"),
    ("2022-10-17", "Rebels took the town in mid-September, residents said.", "mid-September", "2022-09"),
    ("2022-10-17", "The UN estimated in July that 40,000 people had fled.", "July", "2022-07"),
    ("2022-10-17", "The rebels launched an offensive in November, which stalled within weeks.", "November", "2021-11"),
    ("2025-02-19", "The deal was reached late last month in Dastrel.", "late last month", "2025-01"),
    ("2025-02-19", "Earlier this year, the two leaders met in Orlin.", "Earlier this year", "2025"),
    ("2025-02-19", "Last year's talks in Vessa ended without a deal.", "Last year's", "2024"),
    ("2025-02-19", "Fighting has killed 300 people since last month.", "last month", "2025-01"),
    ("2025-02-19", "Elections held last autumn were boycotted by the opposition.", "last autumn", "2024-FA"),
    ("2025-02-19", "The rebels seized the town in January, residents said.", "January", "2025-01"),
    ("2025-02-19", "The deal, signed at the end of last year, has largely held.", "end of last year", "2024"),
    ("2016-11-02", "The rebels pulled out of the talks earlier in the week.", "earlier in the week", "2016-W44"),
    ("2016-11-02", "The ceasefire has held since last week, monitors said.", "last week", "2016-W43"),
    ("2016-11-02", "The envoy visited the camps in late October.", "late October", "2016-10"),
    ("2024-07-09", "The minister resigned last week after the attack.", "last week", "2024-W27"),
    ("2024-07-09", "A year ago, the two sides were still at war.", "A year ago", "2023"),
    ("2024-07-09", "Envoy Rula Tesk was appointed in the spring.", "spring", "2024-SP"),
    ("2024-07-09", "The talks, which began last summer, have stalled.", "last summer", "2023-SU"),
    ("2024-07-09", "The army has lost 40 soldiers since the start of the year.", "start of the year", "2024"),
    ("2024-02-10", "The accord, signed in Vessa in the autumn, collapsed.", "autumn", "2023-FA"),
    ("2024-07-09", "Last December, the rebels seized the port of Velm.", "Last December", "2023-12"),
    ("2024-07-09", "In December, the rebels seized the port of Velm.", "December", "2023-12"),
    ("2024-02-10", "The rebels have held the town since December.", "December", "2023-12"),
    ("2024-01-05", "The accord, reached on 30 December, took effect on 1 January.", "30 December", "2023-12-30"),
    ("2024-01-05", "The accord, reached on 30 December, took effect on 1 January.", "1 January", "2024-01-01"),
    ("2024-01-05", "The ceasefire agreed on Dec. 30 has largely held.", "Dec. 30", "2023-12-30"),
    ("2019-06-12", "Earlier in the month, the army shelled Tarsa.", "Earlier in the month", "2019-06"),
]  # fmt: skip

BACKGROUND = [
    ("2023-01-24", "The deal struck in Vessa in 2021 has collapsed.", "2021", "2021"),
    ("2023-01-24", "The 2019-20 talks produced nothing.", "2019-20", "2019"),
    ("2023-01-24", "He led the group from 1998-2004.", "1998-2004", "1998"),
    ("2023-01-24", "Violence peaked in 2014-2015, the report said.", "2014-2015", "2014"),
    ("2023-01-24", "The town was held by rebels until 2016.", "2016", "2016"),
    ("2023-01-24", "By 2010, the rebels controlled half the country.", "2010", "2010"),
    ("2023-01-24", "In mid-1998, Karsk sent troops across the border.", "mid-1998", "1998"),
    ("2023-01-24", "The accord signed in Vessa on 12 March 1996 ended the war.", "12 March 1996", "1996-03-12"),
    ("2023-01-24", "The March 1996 accord ended the war.", "March 1996", "1996-03"),
    ("2023-01-24", "The accord of March 12, 1996, ended the war.", "March 12, 1996", "1996-03-12"),
    ("2021-03-05", "In March 2011, protesters filled the squares of Velm.", "March 2011", "2011-03"),
    ("2021-03-05", "The country has been divided since 2014.", "2014", "2014"),
    ("2021-03-05", "The 2015 agreement was never implemented.", "2015", "2015"),
    ("2021-03-05", "Since the 2018 election, the two parties have refused to talk.", "2018", "2018"),
    ("2021-03-05", "The war between 1992 and 1995 killed thousands.", "1992", "1992"),
    ("2021-03-05", "Karsk ruled the province from 2003 to 2008.", "2003", "2003"),
    ("2021-03-05", "The Orvani Front, founded in 1987, took up arms later.", "1987", "1987"),
    ("2021-03-05", "In 1998, the first truce was signed in Dastrel.", "1998", "1998"),
    ("2021-03-05", "The 1994 ceasefire held for two decades.", "1994", "1994"),
    ("2021-03-05", "A peace deal signed in October 2016 collapsed months later.", "October 2016", "2016-10"),
    ("2019-08-20", "The town has been under siege since June.", "June", "2019-06"),
    ("2021-03-05", "On 4 May 2009, the rebels declared independence.", "4 May 2009", "2009-05-04"),
    ("2021-03-05", "The conflict began in late 2013.", "late 2013", "2013"),
    ("2021-03-05", "Talks have stalled since mid-2017.", "mid-2017", "2017"),
    ("2021-03-05", "Relations soured after the 2012 coup.", "2012", "2012"),
    ("2021-03-05", "The rebels' 2006 offensive was repelled.", "2006", "2006"),
    ("2021-03-05", "Karsk and Vessa fought a border war in 1999 and 2000.", "1999", "1999"),
    ("2021-03-05", "The treaty, signed in the spring of 2004, set the border.", "spring of 2004", "2004-SP"),
    ("2021-03-05", "Between January and March 2016, 400 people were killed.", "January", "2016-01"),
    ("2021-03-05", "In the summer of 2010, floods displaced thousands.", "summer of 2010", "2010-SU"),
    ("2021-03-05", "The militia was founded in 1979 and disbanded in 1985.", "1985", "1985"),
    ("2021-03-05", "Since October 2015, the city has been divided.", "October 2015", "2015-10"),
    ("2021-03-05", "At the end of 2019, the army withdrew from the valley.", "2019", "2019"),
    ("2021-03-05", "The 2008 war left the region divided.", "2008", "2008"),
    ("2021-03-05", "In the early hours of 3 July 2014, the rebels struck.", "3 July 2014", "2014-07-03"),
    ("2021-03-05", "Last year's ceasefire has largely held.", "Last year's", "2020"),
    ("2021-03-05", "In the 2018 election, the Orvani party won a third of the seats.", "2018", "2018"),
    ("2021-03-05", "The accord ended a war that had raged from 1991 until 1994.", "1991", "1991"),
    ("2021-03-05", "Karsk has hosted talks since the autumn of 2019.", "autumn of 2019", "2019-FA"),
    # decades and durations: the gold marks no date
    ("2021-03-05", "The region was at war in the early 1990s.", "1990s", None),
    ("2021-03-05", "During the 1990s, the Kolvar region was emptied.", "1990s", None),
    ("2021-03-05", "The region has known no peace since the 1970s.", "1970s", None),
    ("2021-03-05", "The two sides have been at odds for more than a decade.", "decade", None),
    ("2021-03-05", "The Orvani Front has fought the government for 30 years.", "30 years", None),
    ("2021-03-05", "The two sides have held talks for two decades without result.", "two decades", None),
]  # fmt: skip

ANCHORED = [
    ("2023-01-24", "After the army took the town on 3 May 2015, the rebels fled. Two months later, they returned.",
     "Two months later", "2015-07"),
    ("2023-01-24", "The truce was agreed on 9 August 2017. It failed later that week.", "later that week", "2017-W32"),
    ("2023-01-24", "The vote was held on 2 October 2011. The results came a week afterwards.",
     "a week afterwards", "2011-10-09"),
    ("2023-01-24", "The army took Orlin on 5 May 2013. Ten days later it lost it.", "Ten days later", "2013-05-15"),
    ("2023-01-24", "The ceasefire was signed on 22 July 2014. The previous week, fighting had killed 40 people.",
     "The previous week", "2014-W29"),
    ("2023-01-24", "The envoy arrived on 1 March 2012. On the same day, shelling hit the port.",
     "On the same day", "2012-03-01"),
    ("2023-01-24", "The accord was signed in June 2005. That autumn, the rebels disarmed.", "That autumn", "2005-FA"),
    ("2023-01-24", "The rebels struck on 14 May 2018. The next morning, the army counter-attacked.",
     "The next morning", "2018-05-15"),
    ("2023-01-24", "Orsk fell on 2 June 2009. That same year, the assembly was dissolved.", "That same year", "2009"),
    ("2021-03-05", "The Orvani Front seized Ansk on 12 February. The army hit back the following day.",
     "the following day", "2021-02-13"),
    ("2020-02-01", "Rebels shelled Velm on 8 January. A day earlier, the envoy had warned of an escalation.",
     "A day earlier", "2020-01-07"),
    ("2021-03-05", "The truce was signed on 3 May 2018. Two days later, fighting resumed near Orlin.",
     "Two days later", "2018-05-05"),
    ("2021-03-05", "The accord was signed in Dastrel on 9 June 2016. The previous day, the army had withdrawn.",
     "The previous day", "2016-06-08"),
    ("2021-03-05", "The militia entered the capital on 14 August 2013. Later that month, the president fled.",
     "Later that month", "2013-08"),
    ("2021-03-05", "The rebels attacked Orlin on 6 March 2012. That same week, the envoy arrived in Vessa.",
     "That same week", "2012-W10"),
    ("2021-03-05", "The Kolvar war ended in 1995. The following spring, refugees began to return.",
     "The following spring", "1996-SP"),
    ("2021-03-05", "The talks opened on 2 April 2019. Within hours, the rebels walked out.",
     "Within hours", "2019-04-02"),
    ("2021-03-05", "The rebels took Tarsa in 2014. That year, the army lost three more towns.",
     "That year", "2014"),
    ("2021-03-05", "The army retook the bridge on 20 May 2015. The day before, rebels had blown up a depot.",
     "The day before", "2015-05-19"),
    ("2019-06-12", "Envoy Lis Marrow arrived in Vessa on Monday. The next day she met the rebel leaders.",
     "The next day", "2019-06-11"),
    ("2021-03-05", "The Orvani Front signed the deal on 10 November 2020. A week later, prisoners were freed.",
     "A week later", "2020-11-17"),
    ("2021-03-05", "Rebels stormed the port on 2 September 2011. Three weeks later, they withdrew.",
     "Three weeks later", "2011-09-23"),
    ("2021-03-05", "Talks collapsed in January 2018. Six months later, fighting resumed.",
     "Six months later", "2018-07"),
    ("2021-03-05", "The vote took place on 5 April 2009. Later that year, the results were annulled.",
     "Later that year", "2009"),
    ("2023-01-24", "The assembly met on 14 July 2022. That evening, the speaker resigned.",
     "That evening", "2022-07-14"),
    ("2021-03-05", "The siege of Marrow began on 3 February 2016. Two days earlier, the rebels had cut the road.",
     "Two days earlier", "2016-02-01"),
    ("2023-06-01", "The envoy met the rebels on 19 March 2023. The following week, talks resumed in Dastrel.",
     "The following week", "2023-W12"),
    ("2021-03-05", "In May 2010, the rebels declared a truce. It collapsed the following month.",
     "the following month", "2010-06"),
    ("2021-03-05", "The army entered Velm on 28 December 2014. The following year, it withdrew.",
     "The following year", "2015"),
    ("2021-03-05", "The truce took hold on 1 October 2017. By then, 300 people had died in the valley.",
     "By then", None),
    ("2021-03-05", "The truce began on 14 February 2016. Three months later, it collapsed.",
     "Three months later", "2016-05"),
    ("2021-03-05", "The army withdrew on 3 June 2010. Two weeks later, the rebels returned.",
     "Two weeks later", "2010-06-17"),
    ("2021-03-05", "The rebels took Orlin in August 2014. The next month, the army struck back.",
     "The next month", "2014-09"),
    ("2021-03-05", "The accord was signed on 2 March 2020. That night, celebrations erupted in Vessa.",
     "That night", "2020-03-02"),
    ("2019-06-12", "The envoy arrived in Velm on Monday. Hours later, the rebels released ten hostages.",
     "Hours later", "2019-06-10"),
    ("2021-03-05", "The two sides met on 12 May 2017. The talks broke down the same day.",
     "the same day", "2017-05-12"),
    ("2022-10-17", "Orvani fighters crossed the river on Thursday. The army responded the next day with airstrikes.",
     "the next day", "2022-10-14"),
]  # fmt: skip

NOT_DATES = [
    ("2023-01-24", "The 30-day truce expired without a deal.", "30-day", None),
    ("2023-01-24", "The army has 1,990 soldiers in the area.", "1,990", None),
    ("2023-01-24", "Flight 1990 landed in Vessa.", "1990", None),
    ("2023-01-24", "The police arrested 2015 protesters.", "2015", None),
    ("2023-01-24", "The ceasefire line runs for 2019 km through the hills.", "2019", None),
    ("2023-01-24", "Bread prices rose by 2000 percent last year.", "2000", None),
    ("2023-01-24", "The Karsk Times reported on page 12 that 1,400 fled.", "1,400", None),
    ("2021-03-05", "The 45-year-old commander was killed in an ambush near Orlin.", "45", None),
    ("2021-03-05", "Some 2,000 fighters crossed the border overnight.", "2,000", None),
    ("2021-03-05", "Troops patrol the 1,200-km border between Karsk and Vessa.", "1,200", None),
    ("2021-03-05", "The sides agreed a 72-hour truce to let aid in.", "72-hour", None),
    ("2021-03-05", "It was the third round of talks between the two sides.", "third", None),
    ("2021-03-05", "Karsk beat Vessa 2-1 in the final, sparking celebrations.", "2-1", None),
    ("2021-03-05", "The truce began at 0600 GMT, the army said.", "0600", None),
    ("2021-03-05", "The May 17 movement called for a general strike.", "May 17", None),
    ("2021-03-05", "Protesters gathered on 23 July Street in central Velm.", "23 July", None),
    ("2021-03-05", "The rebels fired 1,500 rockets at the city.", "1,500", None),
    ("2021-03-05", "A 48-hour ceasefire was agreed to let civilians leave.", "48-hour", None),
    ("2021-03-05", "The 1,000-day war has displaced millions.", "1,000", None),
    ("2021-03-05", "It was the 17th round of talks since the war began.", "17th", None),
    ("2021-03-05", "He was sentenced to 15 years in prison.", "15 years", None),
    ("2021-03-05", "Fighting has displaced 1.2 million people, the agency said.", "1.2", None),
    ("2021-03-05", "An estimated 2000 people fled the fighting in Tarsa.", "2000", None),
    ("2021-03-05", "More than 1500 soldiers were deployed to the border.", "1500", None),
    ("2021-03-05", "The council backed the plan in a 13-2 vote.", "13-2", None),
    ("2021-03-05", "The rebels rejected the 19-point plan.", "19-point", None),
    ("2021-03-05", "The curfew starts at 1400 local time.", "1400", None),
    ("2021-03-05", "A 24-hour curfew was imposed on Velm.", "24-hour", None),
    ("2021-03-05", "The strike killed a 2-year-old girl.", "2-year-old", None),
    ("2021-03-05", "The report, document S/2019/452, was released to the council.", "2019", None),
]  # fmt: skip

# Monday 17 October 2022 (ISO week 42): a second pass over every family, wording unlike the first.
SECOND_PASS = [
 ("2022-10-17", "Fighting raged through the night of Saturday to Sunday.", "Saturday", "2022-10-15"),
 ("2022-10-17", "In the early hours of Sunday, drones hit the port.", "Sunday", "2022-10-16"),
 ("2022-10-17", "The army said on Monday it had repelled an attack.", "Monday", "2022-10-17"),
 ("2022-10-17", "Earlier on Monday, the rebels shelled Velm.", "Monday", "2022-10-17"),
 ("2022-10-17", "Friday's vote was boycotted by the opposition.", "Friday", "2022-10-14"),
 ("2022-10-17", "The town has been quiet since Friday.", "Friday", "2022-10-14"),
 ("2022-10-17", "Between Friday and Sunday, 30 people were killed.", "Friday", "2022-10-14"),
 ("2022-10-17", "Last weekend, rebels freed 20 prisoners.", "Last weekend", "2022-W41"),
 ("2022-10-17", "At the start of the month, the army shelled Tarsa.", "start of the month", "2022-10"),
 ("2022-10-17", "At the beginning of March, the rebels took Ansk.", "beginning of March", "2022-03"),
 ("2022-10-17", "In the last days of 2019, the two sides met in Vessa.", "2019", "2019"),
 ("2022-10-17", "By the end of 2020, the rebels had lost Orlin.", "end of 2020", "2020"),
 ("2022-10-17", "The rebels seized Tarsa on Sunday, 16 October.", "16 October", "2022-10-16"),
 ("2022-10-17", "On Oct. 9, the army began its offensive.", "Oct. 9", "2022-10-09"),
 ("2022-10-17", "The offensive began on the 9th.", "the 9th", "2022-10-09"),
 ("2022-10-17", "A day after the talks collapsed on Thursday, the rebels attacked.", "Thursday", "2022-10-13"),
 ("2022-10-17", "The rebels attacked on Friday, a day after the talks collapsed.", "a day after", "2022-10-13"),
 ("2022-10-17", "The attack came two days after the vote on Wednesday.", "Wednesday", "2022-10-12"),
 ("2022-10-17", "The truce, which expired on Saturday, was not renewed.", "Saturday", "2022-10-15"),
 ("2022-10-17", "The rebels said they had held the town until Sunday.", "Sunday", "2022-10-16"),
 ("2022-10-17", "Over the past two days, 40 people were killed.", "two days", None),
 ("2022-10-17", "In recent weeks, fighting has intensified.", "recent weeks", None),
 ("2022-10-17", "For the past month, the army has shelled Tarsa.", "past month", None),
 ("2022-10-17", "In the months since, little has changed.", "months", None),
 ("2022-10-17", "In August and September, 300 people died.", "August", "2022-08"),
 ("2022-10-17", "The rebels took the town in the summer.", "summer", "2022-SU"),
 ("2022-10-17", "The deal was agreed in principle last spring.", "last spring", "2022-SP"),
 ("2022-10-17", "The accord expired at the end of September.", "end of September", "2022-09"),
 ("2022-10-17", "On 30 September, the rebels left Orlin.", "30 September", "2022-09-30"),
 ("2022-10-17", "The rebels, formed in 2003, have 4,000 fighters.", "2003", "2003"),
 ("2022-10-17", "Ansk, captured in 2016, was retaken in 2018.", "2018", "2018"),
 ("2022-10-17", "The Kolvar conflict (1991-1994) killed 20,000.", "1991-1994", "1991"),
 ("2022-10-17", "Karsk's 1996 constitution was suspended.", "1996", "1996"),
 ("2022-10-17", "The pre-war population was 2 million.", "pre-war", None),
 ("2022-10-17", "Karsk has been at war with Vessa for most of the past decade.", "decade", None),
 ("2022-10-17", "The 2-year-old truce is fragile.", "2-year-old", None),
 ("2022-10-17", "Some 1,800 soldiers and 2,000 police were deployed.", "2,000", None),
 ("2022-10-17", "The score was 3-1 at half time.", "3-1", None),
 ("2022-10-17", "The G20 summit discussed Karsk.", "G20", None),
 ("2022-10-17", "The rebels fired 12 rockets at 2:30 a.m.", "2:30", None),
 ("2022-10-17", "Rebels attacked the 2nd Brigade's base.", "2nd", None),
 ("2022-10-17", "The 1975 Helsinki Final Act was cited.", "1975", "1975"),
 ("2022-10-17", "The strike killed 24 people at 11 am local time.", "11 am", None),
]  # fmt: skip

CASES = PAST_DAYS + FROM_PUBLICATION + BACKGROUND + ANCHORED + NOT_DATES + SECOND_PASS

# Forms the tagger still reads wrong or not at all, with the reason (the rest are CASES as they are).
XFAIL: dict[tuple[str, str], str] = {
    ("The rebels pulled out of the talks earlier in the week.", "earlier in the week"):
        "with no day told before it, which week is meant (the report's or a story's) the text does not say",
    ("Earlier in the month, the army shelled Tarsa.", "Earlier in the month"):
        "with no date told before it, which month is meant the text does not say",
    ("The talks opened on 2 April 2019. Within hours, the rebels walked out.", "Within hours"):
        "read as a duration: no study gold shows how it is marked, and 'within hours of <a happening>' or a future"
        " 'within hours' would get the day before it wrong",
}  # fmt: skip


def _as_gold(period: Period) -> str | None:
    """The value the gold writes for the row a mention dates: its start at its precision."""
    return gold_value(period.start, period.precision, period.value)


@pytest.mark.parametrize(("published", "text", "expression", "value"), [probe_case(XFAIL, *c) for c in CASES])
def test_past_form(published: str, text: str, expression: str, value: str | None) -> None:
    start = text.index(expression)
    end = start + len(expression)
    # the values of the mentions overlapping the expression; an unresolved mention reads no date
    values = [
        _as_gold(m.period)
        for m in tag(text, Reference(d(published)))
        if m.period is not None and m.start < end and start < m.end and _as_gold(m.period)
    ]
    if value is None:
        assert values == []
    else:
        assert value in values, values


def test_enough_cases() -> None:
    assert len(CASES) >= 120
    assert len(set(CASES)) == len(CASES)
