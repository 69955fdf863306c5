"""Given names whose gender is clear in news text (a small list of our own;
a name not here has unknown gender, which only means "agrees with he and she")."""

from __future__ import annotations

import re

__all__ = ["FEMALE", "MALE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", text.lower()))


FEMALE = _words(
    """
    abigail ada adriana agnes aileen alexandra alice alicia alison amanda amber amelia amy ana
    anastasia andrea angela angelina anita ann anna anne annette antonia april ashley audrey
    barbara beatrice becky belinda beth betsy betty beverly bonnie brenda bridget brittany brooke
    camila carla carmen carol caroline carolyn catherine cathy charlotte chelsea cheryl chloe
    christina christine cindy claire clara claudia colleen connie cynthia daisy dana daniela
    danielle daphne deborah debra denise diana diane donna doris dorothy edith elaine eleanor
    elena elisabeth elise eliza elizabeth ella ellen emily emma erica erin esther eva evelyn
    fatima fiona florence frances gabriela gabrielle gail gemma georgia gina gloria grace greta
    gwen hannah harriet hazel heather heidi helen helena hillary holly ida ilhan ingrid irene iris
    isabel isabella ivanka jackie jacqueline jane janet janice jasmine jean jeanne jennifer jenny
    jessica jessie jill joan joanna jocelyn josephine joy joyce judith judy julia julie june
    karen karina kate katherine kathleen kathryn kathy katie katrina kay kayla kelly kim kimberly
    kirsten kristen kristin laura lauren leah lena lila lily linda lisa liz lois lorraine louise
    lucy lydia lynn madeleine madison maggie marcia margaret margarita maria marie marilyn marina
    marion marjorie marsha martha mary maya megan meghan melania melanie melinda melissa mia
    michelle mildred miriam molly monica nadia nancy naomi natalia natalie nicole nikki nina
    nora norma olga olivia paige pamela patricia paula pauline peggy penelope phyllis priscilla
    rachel rebecca regina renee rita roberta rosa rosalind rosaly rose rosemary ruth sabrina
    sally samantha sandra sara sarah scarlett serena sharon sheila shirley silvia simone sofia
    sonia sophia sophie stacey stella stephanie susan suzanne svetlana sylvia tamara tanya tara
    teresa theresa tiffany tina tracy ursula valerie vanessa vera veronica victoria violet
    virginia vivian wanda wendy whitney yolanda yvonne zoe
    """
)
MALE = _words(
    """
    aaron abdul abraham adam adrian ahmed alan albert alberto alex alexander alexei alfred ali
    allen alvin andre andreas andrew andy angelo anthony antonio arnold arthur arvind barry ben
    benjamin bernard bill billy bob bobby boris brad bradley brandon brett brian bruce bryan
    carl carlos charles charlie chris christian christopher chuck clarence clark claude colin
    craig curtis dale dan daniel danny darren dave david dean dennis derek desmond dick dirk
    dmitry don donald doug douglas duncan dustin dwight earl eddie edgar edward edwin elijah
    elon emmanuel eric erik ernest eugene evan felix fernando francis francisco frank fred
    frederick gabriel gary gavin gene geoffrey george gerald gerhard giuseppe glenn gordon graham
    greg gregory guy hans harold harry harvey hassan hector henry herbert howard hugh hugo ian
    igor isaac ivan jack jacob jake james jamie jared jason jay jeff jeffrey jeremy jerome jerry
    jesse jim jimmy joe joel johan john johnny jon jonathan jordan jorge jose joseph josh joshua
    juan julian justin karl keith ken kenneth kevin kirk klaus kurt kyle lance larry lawrence
    lee leo leon leonard lewis lindsey liam lloyd louis lucas luis luke malcolm manuel marc
    marco marcus mario mark martin marvin matt matthew maurice max maxim michael miguel mike
    mikhail mitch mitchell mohammed muhammad murray musa nathan neil nelson nicholas nick
    nicolas nigel noah norman oliver omar oscar otto owen pablo patrick paul pedro peter phil
    philip pierre ralph randy ray raymond reginald ricardo richard rick ricky rob robert roberto
    rodney roger roland ron ronald ross roy ruben russell ryan salvador sam samuel scott sean
    sebastian sergei sergey seth shane shawn sidney simon stanley stefan stephen steve steven
    stuart ted terry theodore thomas tim timothy toby todd tom tommy tony travis trevor tyler
    victor vincent vladimir walter warren wayne wesley will william willie wolfgang xavier
    yuri zach zachary
    """
)
