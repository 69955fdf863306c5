"""Given names whose gender is clear in news text (a list of our own, about 1,700;
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
    aaliyah abby aditi adrienne agatha agnieszka aimee aisha aishwarya akiko alejandra
    aleksandra alessandra alexandria alina aline alisha allie allison allyson alma alyssa
    amal amelie amina aminata amira amrita anais angelica angie anja anjali annabel annie
    annika antoinette anushka aoife ariana arlene asha asma astrid ava ayesha ayse ayumi
    beata beatriz bella benazir bernadette bernice bertha bethany beyonce bianca birgit
    blanca brandi brianna brigitte britney brittney bronwyn caitlin caitlyn candace candice
    cara carina carly carole carolina carrie cassandra catalina cecile cecilia celeste celia
    celine chantal charlene charlize chiara chimamanda chioma christa christi christie
    christy ciara clarissa colette constance consuelo cora corinne courtney cristina dagmar
    dalia daniella daria darlene darya deanna debbie deepa deepika deirdre delores delphine
    demi desiree devi dianna dianne dilma dina dionne divya dolly dolores donatella dora
    doreen edna eileen ekaterina eleni elif elisa elke ellie elodie eloise elsa elsie elvira
    emilia emilie emine erika esperanza esra estella estelle ethel eunice fannie fanny
    fatemeh fatma fatou faye federica felicia felicity fernanda folake francesca francine
    franziska frida funmilayo gabriella galina genevieve georgina geraldine gertrude gianna
    gillian giovanna gisela gisele giselle gita giulia gladys glenda gretchen gwendolyn
    hailey hala haley hana hanan hanna haruka hasina hayley hedda heike helene helga
    henrietta hermione hiba hilda hina huda ilaria ilona ilse imani imelda imogen indira
    ines inez inna irina irma isabelle ivana jacinda jaclyn jacquelyn jada jamila janelle
    janie janine janis jayne jeanette jeannie jelena jemima jenna jennie jillian joanne jodi
    jodie johanna jolene joni josie juana juanita juliana juliet juliette justine justyna
    jutta kaitlyn kamala kara kareena karin karla karolina katarzyna katelyn katerina
    katharina katharine katja katy katya kavita kaylee keiko keira keisha kelli kelsey
    kendra kerri kerstin khadija khaleda khloe kimberley kirsty kourtney krista kristi
    kristie kristina kristine kristy krystal ksenia kylie lacey laila lakshmi lana larisa
    larissa latoya layla lea leanne leila leona lesley leticia letizia leyla liliana lillian
    lilly liv liza lola lorena loretta lori lorna louisa lourdes lucia lucille lucinda
    ludmila luisa luz lynda lynette lynne lyudmila mabel madeline madhuri madonna mae maeve
    magdalena mahsa maja malala malika malin mallory mamata mandy manon manuela marcela
    marcy margo margot mariah mariam mariana marianne maribel marieke mariko marisa marisol
    marissa marla marlene marta martina martine marwa maryam maryann masako mathilde matilda
    maureen maxine mayawati meagan meena meera meredith merve mette michaela michiko milena
    miley millie mindy mira miranda mollie mona monika monique muriel myra nadine naoko
    narges nasrin natalya natasha nathalie nawal nazanin neda neha nell nellie ngozi niamh
    nisha nneka noa noelle noriko octavia odette oksana ophelia oprah orla paloma paola
    parisa patsy patti petra philippa phoebe pilar polina polly pooja preeti priya priyanka
    rachael rachida radha raisa rani rania raquel rebekah reem rekha renata renate rhiannon
    rhonda rihanna robyn rochelle rocio roisin rosalie rosie roxanne sabina sabine sadie
    salma samira sana sandrine sangeeta sanna saskia seema segolene selena selina shabana
    shakira shannon shanti shauna sheena shelley shelly sherri sheryl shirin sian sigrid
    simona sinead siobhan soledad sonja sonya soraya souad stacy stefanie suha sunita susana
    susanna susanne sushma sybil sylvie tabitha tamar tamika tammy tania tanisha tasha
    tatiana tessa thelma theodora tomoko tonya tori tracey trisha trudy tzipi ulla ulrike
    uma usha valentina valeria velma veronika veronique vicki vickie vicky viktoria vivienne
    wangari wilma winnie ximena yael yana yasmin yasmina yasmine yekaterina yelena yetunde
    yoko yoshiko yuko yulia yumiko yuriko yvette zahra zainab zara zeynep zhanna zoey zofia
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
    abbas abdel abdullah adel adnan ahmad ahmet aidan aiden ajay akbar alain alec aleksandar
    aleksandr aleksei alessandro alexandros alexey alfonso alfredo alistair alvaro ambrose
    amin amir amit amitabh amos anand anatoly anders andrei andres andrey andrzej angus anil
    antoine anton anwar archie arjun armando arnaud artem arturo arun ashok ashraf avigdor
    axel ayman aziz babatunde barney bart bashar benedict benito benny benoit bernie bert
    bertrand bilal bjorn brendan brent brock bruno bryce burak burt byron caleb calvin carlo
    cecil cedric cesar christophe christos claudio clint clyde cody colby cole connor conrad
    corey cornelius cory cristian cyril cyrus damian damien damon dante dario darius darrell
    darryl daryl deandre deepak denis derrick dexter didier diego dieter dimitris dmitri
    dmytro domenico dominic donnie donovan dragan duane dwayne dylan edmund edouard eduardo
    ehud eli elias elliot elmer elton elvis emeka emil emile emilio emmett emre enrico
    enrique enzo ernesto ernie ernst errol esteban ethan etienne evgeny ezra fabio fabrice
    faisal farid federico felipe ferdinand fidel filippo florian fouad francesco franco
    francois franz freddie frederic fredrik friedrich fritz fumio geert gennady gerard
    gerardo gerd giacomo gianni gideon gilbert gilles gino giorgio giorgos giovanni giulio
    glen gonzalo goran gregg guido guillaume guillermo gunnar gunter gus gustav gustavo
    habib hamid hamza hank harald heinrich heinz helmut hendrik henk henri henrik herman
    hermann herve hiroshi hisham homer horace horst hosni hossein hubert hussein ibrahim
    ignacio ilya imran isaiah ismail istvan jacques jalen jamal jamil janusz jaroslaw jarrod
    jasper javad javier jeb jens jeremiah jermaine jerzy jesper jesus jiri joachim joao
    joaquin joey jomo jonah jonas joost jorg josef josiah jukka jules julien julio jurgen
    kamal karan kareem karel karim karol kelvin kemal kendrick kenji kenny khaled khalid
    khalil kieran kirill kjell knut kofi konstantin kostas krishna krzysztof kwame kylian
    lamar lars laszlo laurent lebron lech leif lenny leonardo leonid leroy lester levi
    lionel lonnie lorenzo lothar luca luciano ludwig luigi luiz lukas lyle lyndon maarten
    magnus mahdi mahmoud malik mamadou manfred manmohan marcel marcello marcelo marcos marek
    mariano marko markus marlon marwan massimo mateo mateusz mathias mathieu matteo matthias
    matti mauricio maurizio maximilian mehdi mehmet melvin micah michel mickey mihai mikael
    milo milos mohamad mohamed mohammad mohsen moises moritz moses moshe moussa muammar
    muhammadu murat mustafa myles myron nabil narendra nasser nate nathaniel nawaz neal ned
    nestor neville newt niall nicolae nikola nikolai nikos nils noel octavio olaf olav oleg
    oleksandr olivier olusegun osama oswald paolo pascal paulo pawel pervez petr philipp
    phillip pieter pietro piotr quentin radoslaw rafael rahul rainer rajesh rajiv ralf rami
    ramon ramzan randall raphael raul ravi recep reggie remy reuben reza rhett riccardo
    rishi rocco rodolfo rodrigo rolf romano ronaldo ronan ronnie rory rudolph rudy rupert
    ruslan saad sachin saeed salah saleh salim salman salvatore samir sammy sandro sanjay
    saul sauli seamus sebastien serge sergio shaquille shehbaz sheldon shinzo silvio
    slobodan solomon sonny stefano stephane sunil suresh sven sylvester tadeusz takeshi
    tarek tariq teddy terence terrell terrence thabo thiago thierry tobias tomas tomasz
    trayvon tristan troy tyrone ulrich umberto uwe vaclav vadim valentin vernon vicente
    vijay vikram viktor vincenzo vitaly vito vittorio volker volodymyr vyacheslav walid
    werner wilbur wilhelm winston wojciech wyatt yannis yasser yevgeny yitzhak yoshihide
    youssef yusuf yves zane zbigniew zlatan zoltan zoran
    """
)
