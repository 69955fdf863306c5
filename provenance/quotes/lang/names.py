"""Given names whose gender is clear in news text (a list of our own, about 6,400;
a name not here has unknown gender, which only means "agrees with he and she").

Names given to both women and men in a notable share are left out, and so are most
names that are also common words or company names ("Hope", "Grant", "Morgan")."""

from __future__ import annotations

import re

__all__ = ["FEMALE", "MALE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", text.lower()))


_FEMALE_NEWS = _words(
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
_MALE_NEWS = _words(
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

# More given names, from many languages as news in English and German writes them
# (accented and plain spellings both).
_FEMALE_MORE = _words(
    """
    aarti abeer abena abike abir achieng adaeze adaobi adaora adela adele adelina
    adeline adhiambo adina adjoa adwoa adèle adéla afaf afia afshan afua agathe agne
    agnese agneta agnetha agnès agnė agustina ahlam ahuva aicha aida aideen aigerim aija
    aikaterini aiko aila ailsa aine ainhoa aino aisling aissatou aitana akemi akie
    akinyi akosua akua alana alena alenka alessia alia alisa alissa aliya aliza alka
    almaz almudena almut alona alyson amaia amaka amalia amandine amani amaya ambreen
    aminah amra amélie ana-maria anabel anahi anahit anahí ananya anastasiya anat anaïs
    anca andree andreea andrée anfisa angeliki angelique angharad angélique aniko anikó
    anisa anke ankita ann-marie annabella annabelle annalena annalisa annalise annamaria
    anne-claire anne-marie anne-sophie annegret anneke anneli annelie annelies anneliese
    anneloes annemarie annick anniek annmarie anouk antje antonella antonina anum
    anupama anya anyango aparna apolline arabella araceli arantxa archana ariadna
    ariadne arianna arina arlette armine arundhati asako asel asli aslı asmaa assetou
    assunta atefeh athena atieno atsuko auma aurelie aurélie ausra aušra awa awino
    axelle aya ayaka ayako ayanna ayelet ayla aylin aysel ayşe azadeh azizah azra azza
    aïcha baerbel banu barbel barbora basma batya beate beatrix becca begona begoña
    behnaz belgin benedetta benedikte benedita bente berenice berna berta bess bessie
    bettina beyoncé bhavna biljana bilkisu bilqis bindu binta birgitta birgul birgül
    birte birtukan bjork björk blanche blanka blathnaid bláthnaid boglarka boglárka
    bogumila bogumiła bozena bożena bracha branka branwen bregje briana brianne brid
    brielle brita britt britta brocha bronwen brunhilde bryony bríd buket bukola burcu
    bushra busisiwe busra bárbara bärbel béatrice bérénice büşra caitriona caitríona
    callie camilla canan cansu caoimhe capucine carlotta carmela carola carys cassie
    catarina caterina cathleen catrin catriona cayetana cecily celestine cerys chana
    chandrika channa charlène charmaine chava chebet cheri cherie chiamaka chieko chipo
    chitra chiyoko chloé chrissy christel christelle christiana christiane chrysanthi
    chrysoula chulabhorn cigdem cinzia clarisse claudine clemence clementine clodagh
    clotilde clémence clémentine conceicao conceição concetta conchita condoleezza
    coralie corazon cordelia coretta corina corine cornelia coumba czeslawa cécile
    céline dafna dagny daiva dalal damares damini damla danica danièle danuta dasha
    davina dearbhla debora delcy delia delilah delyth derartu desislava despina devorah
    didem dilara dilek dimitra dinara djeneba doaa doerte doina dominika dorit dorota
    dorothea dorte dorthe dottie dragana dragica duaa dubravka dunya durga duygu dvora
    débora désirée dörte eabha ebba ebru ecaterina ece edeltraud edurne edwige edwina
    edyta effie efua egle eglė eija eiko eilidh eimear einat eirini eithne ekta ekua
    elaheh eleanora eleftheria eleonora elfriede eliana eliane elin elina eline elinor
    elisabeta elisabetta eliska elitsa eliška ellinor elma eloïse elpida elspeth eluned
    elzbieta elżbieta emanuela emese emiko emina emmanuelle emmeline enas eniko enikő
    eriko erna ernestine erzsebet erzsébet esme esmeralda estefania estefanía estela
    eszter etsuko eugenia eugenie eugénie evangelia evangeline evdokia evelina evgenia
    evie evita ewa ewelina fabienne fabiola fadela fadwa fadzai faezeh fairouz fairuz
    fareeha farhana farida farideh farnaz farzana fatiha fatimah fatoumata fauzia fawzia
    fehmida femke fenna feray fereshteh feride ffion filipa filiz filomena fionnghuala
    fionnuala fionnula fiorella fleur florencia florentina fofi folasade forough foteini
    fouzia francisca francoise françoise frauke frederique freya frieda friederike
    froukje fruma frédérique fujiko fumiko funke fátima gaelle gaia galit gamze gauri
    gayane gayatri gayle gaëlle geertje geeta geneviève genowefa genzebe georgeta
    georgette georgiana gerda gertrud gesine ghada ghislaine giada ginette ginevra ginny
    giorgia gisèle gitte giuliana giuseppina gizem glória golda golnar golshifteh gonca
    gonul gordana graca graciela grainne graziella grazyna graça grażyna gretel grethe
    griet gráinne gudrun guillermina gulmira gulnara gulnaz gulsen gulsum gundula
    gunhild gunilla gunnel guðrún gwenda gwenllian gwyneth gönül gülsüm gülşen habiba
    hadas hadiza hafsa hagit hajnalka hajra haleh halima halina halla halyna hamida
    hanako hanane hande hanne hanneke hannelore harriett haruko hasmik hatice hattie
    hauwa hawa heba hedvig hedwig hedy hege heidemarie heidrun heledd helle heloisa
    heloise heloísa hema hend henrike hermine herminia herta hideko hila hilde hildegard
    hilkka hillevi hira hiroko hirut hisako hitomi hoda homa hortense houda huguette
    hulya humaira héloïse hélène hülya ibtihaj ibtisam idit idoia ieva ifeoma ilana
    ildiko ildikó ileana iliana ilka ilknur ilze imee imke inas inbal indrani indu ineke
    inese inga ingeborg ingela inger ingibjorg ingibjörg ingrida ingvild inmaculada
    intisar inés inês ioana ioanna ione ipek iqra irem irena irit irja irmgard irmtraud
    iryna isadora isidora isolde itziar iuliia iveta ivete ivona iwona iyabo izabela
    jaana jadranka jadwiga jagoda jaleh jameela jana janaki janette jantine jarmila
    jasmina jasna jayalalithaa jeanine jeannette jeannine jehan jihan jimena jirina
    jitka jiřina joana joanie joann jocelyne joelle jolanda jolande jolanta jorunn
    josefina josette josiane joséphine joëlle judit jule juliane julianna julianne
    julieta jumana junko jurate jytte jóhanna jūratė kaarina kadiatou kadri kaethe kaija
    kaisa kaitlin kaja kajal kalliopi kalpana kamila kanako kangana kaori karima karine
    karlijn karola karoline katalin kateřina kathe kathrin kathrine katrin katrine
    katrín kavitha kavya kazue kazuko kellyanne kemi keren kersti ketanji ketevan
    khadijah khady khalida khatia kiana kiara kiera kiko kimiko kinga kira kirsi kirsti
    kirstjen kiyoko kjersti klara klára kolinda konstantina kristalina kristiina
    kristrun kristrún kristyna kristýna krisztina krystyna ksenija kseniya kubra kulsoom
    kumiko kyoko kyriaki kyrsten käthe kübra ladan ladonna laetitia laima lakeisha
    lakisha lale laleh lalita lamia larysa lashonda lata latasha latifa latisha latonya
    laure laurene laurène laverne lavinia lavonne leela leena leilani leire lejla leni
    lenka lenora leonie leonor leonora leontine lesya letitia letícia lexie lia liane
    liat libuse libuše licia lidia lidiya lieke liesbeth lieselotte liesl lieve liina
    liisa lilia liliane lilit liliya lilli limor lina lindiwe linnea lisbet lisbeth lise
    liselotte lisette liudmyla lizzie lizzy ljiljana ljubica loredana lorelei lorella
    lotje lotta lottie loubna lowri luana lubna luciana lucie lucienne lucile lucrecia
    lucretia lucrezia lucía ludivine ludmilla ludovica luise lulu luminita luminița
    lupita luísa lyubov lyudmyla lætitia léa léonie lúcia maaike maarit maarja machiko
    madalena madalina maddalena madelyn madiha madina maelle mafalda magali magda maha
    mahboubeh mahira mahnaz mahnoor mahtab maike maire mairead mairin mairéad maisie
    maite makayla malak malalai maleeha malgorzata malka mallika malu malwina mamie
    mamta manal manisha mara marcella marcie mared mareike maren marga margareta
    margarete margarida margaux margery margherita margie margit margrethe marguerite
    mariagrazia marialuisa mariama mariangela marianna mariarosaria mariastella maricela
    maricruz marie-anne marie-christine marie-claire marie-claude marie-france
    marie-helene marie-hélène marie-jose marie-josé marie-laure marie-louise
    marie-pierre marie-therese marie-thérèse mariella marielle marieluise mariette
    marija marijke marisela mariska marit mariya mariëtte marja marjan marjatta
    marjolein marjory marju marketa markéta marleen marlena marlies marloes maryanne
    maryna maryse marzena marzieh maría masayo masha masoumeh matilde maud maude maura
    mavis mayra maysoon mayumi mazie maëlle małgorzata meabh meaghan meaza mechthild
    mechtild meenakshi meg megawati megumi mehbooba mehreen mehri mehriban mehwish meike
    meirav mekdes melina meltem meral merav meriem merima meritxell meryem meryl meseret
    mette-marit mhairi micaela michela micheline michèle midori mieke mieko mihaela miho
    mikayla mila milada milana milica millicent mina minna minnie minoo mireia mireille
    mirela mirella miren miri mirjam mirjana mirta mirte mitsuko miyuki modupe mohini
    moira momoko montse morag mouna mridula muireann muna mwanaisha myfanwy mylene
    mylène myriam myrna máire máiréad máirín márcia márta märta mélanie mónica mădălina
    naama nabila nadege nadezhda nadira nadiya nadja nadège nahla naila naima najat
    najia najla najwa naledi nalini namita nanako nanami nandini nanette nanna nargis
    narine nasima nasreen nataliia nataliya natasa nataša natsuko natsumi naureen
    nayantara nayanthara nayeli nazan nazia nazila nazli nazlı naïma ndeye ndèye nechama
    neema negar nele nerea nermeen nerys nesreen nesrin nesrine nettie nevin nia
    nicoleta nicoletta nicolette nienke nighat nilde nilofar niloufar nilufar nilufer
    nilüfer nirmala nirupama nisreen nisrine nita nitya njeri nkechi nkiru nkosazana
    nobuko noelia noemi noemie noemí nolwenn nompumelelo nomsa nomvula noreen nosipho
    notburga noura noémie noëlle nuala nuha nunzia nupur nura nuray nuria nurit nyambura
    núria oana obiageli oceane océane odile ofelia ofra oleksandra olena olesya olha
    olivera olwen omarosa ombretta omolara orit orlaith orna ornella orsolya osnat
    ottavia oumou outi oxana oya ozge ozlem paetongtarn paivi palesa pallavi panagiota
    paraskevi parvaneh parvati pascale patrizia patrycja patty paulette paulina pavla
    pelin penina pernille perrine philomena piera pina pinar pippa piret pirjo pirkko
    piroska pnina poonam portia pouran pragya pramila pratibha pratima prerna purnima
    päivi pınar rabab rabia radhika radka radmila raffaella raghad raghda ragini
    ragnhild raija rajeshwari raluca ramona ramune ramunė ramya randa randi ranjana
    rashida rashmi ravit rawan raymonde razan rebeca regine rehema reiko reka rena
    renske renu renuka renée reshma resi retno revathi rhian rhoda rhona rianne ricarda
    riet rigoberta riikka riitta rika rike rima rimma rina riona risa ritsuko ritu ritva
    rivka rocío rodica rohini rokeya rokia romina romy ronit ronja ronke rosalba rosalia
    rosalinda rosalyn rosalynn rosalynne rosalía rosamond rosamund rosangela rosanna
    rosanne rosaria rosaura roseanne roseline rosella roselyne rosemarie roshni rositsa
    roslyn rosmah rossella roswitha rotraut roula rowena roxana roxane roya ruba rubina
    ruchi rudo rukhsana rukmini ruksana rula rupa ruvimbo ruzica ružica ryoko réka ríona
    róisín rūta saadet sabeen sachiko sadako sadhana sadhbh sadia safaa safia safiya
    sahle-work sahra saima sajeda sakiko sakshi salimata salome salwa samia samiha
    samina sanae sandhya sania sanja sanne saoirse saori sapna sarit sarita sarka saroj
    sarojini satomi satu saule savita savitri sawsan sayaka sayuri seda seija selene
    selin semra sepideh serap seraphina serpil setsuko sevda severine sevgi sevil sevim
    sezen shabnam shadia shagufta shahla shahnaz shaista shalini shamima shana shania
    shanice shaniqua shanthi sharada sharifa sharmeen sharmila sharona shazia sheela
    sheetal shehla sheri sherine sherrie shikha shila shilpa shira shireen shizuka
    shizuko shlomit shobha shobhaa shohreh shoko shona shonda shoshana shoshanah
    shraddha shreya shruti shukria shulamit shulamith shweta sibel sidonie sieglinde
    sietske sigal signe sigridur sigríður siham silke simin sinem sinéad siobhán sioned
    siranush sirikit sirimavo sirindhorn sirpa sita sitara siti siv siân slavica
    smiljana smita smriti sneha snezana snezhana snežana snjezana snježana soad sofie
    sofiya sofya soha soheila solveig sonal sonali songul songül soniya sorcha souhaila
    sowmya spomenka sridevi stanislava stavroula stefania steffi steinunn stina styliani
    suad subhadra suchitra sudarat sudha sujata sukanya sule sulochana sumaira sumaya
    sumayya sumbul sumiko sumita sumitra sunniva supriya surekha susannah sushila susi
    susie suthida suvi suzy svanhild svea svenja svitlana swantje swara swati sylwia
    ségolène séverine tabassum tabata tabea tahani tahereh tahira tahmineh taisiya
    takako tali tameka tamsin tanja tansu tanuja tanvi taraneh tarja taslima tatjana
    tatyana tehila tehmina tereza terhi terri tess tetiana thandeka thandi thandiwe
    thaís thea theda therese theresia thora thordis thuli thérèse tiana tigist tiina
    tilly timea tinatin tineke tiphaine tirunesh titilayo tiziana tomiko tomomi toshiko
    tova tove traudl tricia triin trine trishna trude trudi tsitsi tsvetelina tugba
    tugce tulay tulin tulsi turid tuula tuulikki tuva tuğba tuğçe tzipora tzipporah
    tzivia tábata tímea tülay tülin tünde ulrika ulyana urmila urszula uschi uta uzma
    vaida vaira vaishali valentyna valeriya valérie vandana vanesa vani vanna varsha
    varvara vasanthi vasiliki vasilisa vasundhara veena verena verna verónica vesna
    vibeke vidya vigdis vigdís vijayalakshmi viktoriia viktorija viktoriya vilija vimala
    violeta viorica virginie virpi vittoria viviana vivien vlasta vukica véronique wafa
    wafaa wairimu walburga waltraud wambui wanjiku wanjiru wassila weronika whoopi widad
    wiebke wilhelmina wilhelmine willeke willemijn winifred winona wioletta xenia
    xiomara xochitl xóchitl yaa yadira yamila yamina yamini yanina yardena yaroslava
    yasaman yasemin yashoda yasmeen yasue yasuko yehudit yeliz yemisi yesenia yesica
    yevgenia yevgeniya yevheniya yifat yingluck ylva yocheved yolande yordanka yui yuka
    yukari yukiko yuliia yuliya yusra yésica zahira zakia zanele zaneta zarina zaruhi
    zaynab zdenka zeba zeenat zehava zehra zeina zeinab zelda zendaya zerrin ziba zina
    zinaida zineb zinhle zita ziva zlata zodwa zohra zohreh zora zoraida zorica zoryana
    zoubida zoya zoé zoë zsofia zsuzsa zsuzsanna zsófia zubaida zuhal zulema zuzana
    zuzanna ágnes áine ángela åsa çiğdem éliane élise élodie éloïse émilie éva özge
    özlem þórdís şule šárka żaneta
    """
)
_MALE_MORE = _words(
    """
    aamir aart abdallah abdel-fattah abdelaziz abdelfattah abdelhadi abdelhakim
    abdelhamid abdelilah abdelkader abdelkarim abdelkrim abdelmajid abdelmalek
    abdelrahman abdelwahab abdolreza abdou abdoulaye abdul-rahman abdulaziz abdulhamid
    abdulkadir abdulkarim abdulla abdulmalik abdulrahman abdulsalami abdurrahman abe
    abel abelardo abhishek abhisit abid abilio abiy abner abolfazl abolhassan abubakar
    abílio achille achilleas achim adan adekunle adewale adil aditya adolf adolfo
    adriaan adriano adrien adán aecio afonso afshin agostinho agron agus agustin agustín
    ahmadu ahsan aitor aivars ajit ajith akash ake akeem akhil akhilesh akhmad akhmat
    akihiko akihiro akihito akinwumi akos akram aksel akshay akwasi alaric alasdair
    alassane alastair albrecht aldo aldous aled alejandro alekos aleksander aleksey
    aleksi alemayehu ales alessio alexandr alexandre alexandru aleš alfie algirdas alija
    aliou alireza allan almazbek alois alok alonso alonzo alphonse alton alvise
    alyaksandr amado amadou amanuel amar amartya amaury ambrosio amedeo amichai amilcar
    amine aminu amitava ammar amnon amrullah amílcar anas anastasios anatole anatoli
    anatoliy ander andonis andras andrej andreu andris andrius andriy andrás andré
    andrés aneurin angelos anibal anies anirudh anis ankit anselmo anshel antal antonin
    antonino antonios antonis antony antonín antti antwan antónio anupam anurag anutin
    aníbal apostolos aram arash aravind arben archibald arda ardeshir arend arie arild
    aristide aristides aristotelis arjen arkadiy arkady arlo armand armen armin arnaldo
    arnau arndt arne arpad arsen arsene arseniy arseny arshad arsène artan artie arto
    arturas arturs artyom artūras artūrs arvid arvydas aryeh asaf asger asghar asher
    ashish ashot ashutosh ashwin asier asif asim askar aslak aslam assaf assane assimi
    atef athanasios atif atiku atticus attila atul augustin augustine augusto augustus
    aurelien aurelio aurélien avi avichai avishai avner avraham ayoub ayrton ayushman
    ayyub azeddine azmin azzam aécio babacar babajide babak babar babis baburam bader
    badr bahram bakary bakhtiyar bakir bakr balaji balazs baltasar balázs bambang
    baptiste barack barham barnabas barnaby barron bartholomew bartlomiej bartolome
    bartolomé bartosz bartłomiej bashir bashiru basile bassam bastiaan bastian basuki
    bautista behgjet behnam behrouz behzad bekir bela ben-zion bence benedetto benedikt
    bengt benicio benigno benji benoît benzion beppe berhanu bernardo bernd bernhard
    bernward bertie bertram besnik beto bezalel bhaskar bheki bhumibol bhupesh bidzina
    bijan bilawal binali bingu binyamin birger biswajit bjarne bjarni björn bjørn blaise
    boaz bodo bogdan bohdan bohumil bohuslav bolat boleslaw bolesław bongani bongbong
    borislav borut bostjan boubacar boyd boyko bozidar boštjan božidar braden bram
    branimir branko brayden bretislav bronislaw bronisław budi bujar bulent burghard
    burhan burhanuddin burkhard béla bülent břetislav caio calin callum calum camilo
    candido carles carsten carwyn casemiro casimiro catalin cathal cayetano cees
    celestino cem cemal cengiz cesare cevdet cezary chadchart chaim chandrababu
    chandrashekhar charalambos chauncey chet chetan chinua chiranjeevi christer
    christodoulos christoph chukwuemeka chukwuma cian ciaran ciarán cipriano ciro claes
    claus clemens clement clemente clifford clément colm colton conall conner conor
    constantin constantinos cormac corrado cosmin costas costel crispin cristiano
    cristobal cristóbal csaba cuthbert cyrille czeslaw czesław cándido cédric césar
    călin cătălin daan dacian dafydd dag daisuke dalibor daniil daniyar danjuma danylo
    dapo dariush dariusz darko darnell darrin darío davey davide davit davut dawid dawit
    debashish declan deion dejan dejuan delbert demarco demarcus demba demetrio
    demetrios demetris demetrius denes denny denys desalegn deshawn detlef detlev
    devegowda devendra dewayne dewey dhanush dhruv diarmaid diarmuid dietmar dietrich
    digvijay dimitar dimitrios dinesh dino diogo dioncounda dionysios diosdado dipankar
    djibril djordje dmitriy dolf domagoj domhnall donal donato donte dontrell dorde
    dorin dougal dov dragoljub dragos dragoș dragutin dries driss dritan duarte dudley
    dusan dusko dušan duško dwyane dzevad dzhokhar dénes dónal dževad eamon eamonn
    eberhard ebrahim eckart eckhard ed edgaras edgardo edgars edhem edi edin edmond
    edoardo edson eduard eero efrain efraín efthimios egemen egidijus egidio egil egils
    egon ehsan eiichi einar eirik eitan ejup ekkehard ekmeleddin ekrem elad elazar
    elbert eldon eliezer elio eliseo eliud eliyahu elmar elwood elías emanuel emanuele
    emiliano emlyn emmanouil emmerson emmitt emomali emrys enda enea eneko engelbert
    engin enoch enric enver eoghan eoin ephraim epifanio ercan erdal erhard erich erick
    erkan erkki erling ermanno ershad ertan ertugrul ertuğrul erwin esfandiar eskil
    esmail espen essam eswar etan ettore euan eugenio eusebio eusébio evangelos evariste
    evaristo everett evert evgeni evgenii evo evripidis ewald ewan eyal eyvind ezekiel
    ezequiel ezio fabian fabien fabricio fabrizio fabrício fadel fadi fadil fahad fahd
    fahim faleh falk faramarz farhad fariborz farook farooq farouk faruk farzad fatih
    fatmir fatos faure faustino fausto fawad fawaz fawzi faysal fazal feargal fedir
    fedor feliciano ferenc fereydoun fergal fergus ferhat fermin fermín festus fethullah
    fikret filipe finbar fintan flavio florencio florent florentino florin floyd flávio
    fode forrest fotis francesc franjo frank-walter frans frantisek františek
    franz-josef françois freddy fredrick friedemann frieder friedhelm frode frédéric
    fuad fulgencio fulvio fumihito fyodor gabe gabino gabor gadi gaetan gaetano gagik
    ganesh ganjar gareth garret garrett garry gaspar gaspard gaston gaurav gautam
    gauthier gautier gazmend gaël gaëtan gbenga gearoid gearóid gebhard geir genaro
    genichiro gennadiy gennaro geoff georg georges georgi georgios georgy geraint
    geraldo gergely gerhart gernot gerold gerrit gerry gershon gert-jan getachew gethin
    geza ghasem ghassan gheorghe gholam gholamreza giampaolo giancarlo gianfranco
    gianluca gianluigi gianmarco giannis gianpaolo gibran gijs gilad gilberto giles
    gintaras gintautas gioacchino giorgi girish girma girolamo gitanas gjorge gjorgje
    glafcos gleb glyn godfrey goetz gokhan goncalo gonçalo gopal gorka goro gosta
    gotabaya gottfried gottlieb gotz govind graziano gregor gregorio grigoris grigoriy
    grigory grover gruffydd grzegorz gudmund gudni guenter guenther guilherme guillem
    gulbuddin gunther gurbanguly gustaf gustave guðni gwede gwilym gylfi gyorgy gyula
    györgy gábor gérard géza gökhan göran gösta götz günter günther haakon habibie hadi
    hafez hagai hage haibatullah haidar haider haile hailemariam haim haitham hakainde
    hakan hakeem hakim hakki hakkı hakon hal halil halldor haluk halvard halvor hamad
    hamdallah hamdan hamdi hamed hameed hamish hamzah hani hannes hanno hans-christian
    hans-dietrich hans-georg hans-joachim hans-juergen hans-jurgen hans-jürgen
    hans-peter hans-ulrich hans-werner hansjoerg hansjorg hansjörg hanspeter hardik
    harish harlan haroon haroun harri harro hartmut hartwig haruki harun haruo haruto
    hasan hashem hashim hatem hauke hayato haytham hazem heikki heiko hein heiner heitor
    helder helmuth hemant henning henrique henryk heribert heriberto hermann-josef
    herminio hernan hernán herschel hershel hervé hesham heydar hezekiah hicham hidde
    hideki hideo hidetoshi hifikepunye hikmet hinrich hipolito hippolyte hipólito hiram
    hirohito hiroto hiroyuki hisashi hishammuddin holger honore honoré hooshang horacio
    horatio horia horst-dieter hosam hossam houshang hovhannes hrant hristo hrithik
    hrvoje hryhoriy hubertus hugues huib hulusi humberto humphrey husain husam husayn
    huseyin hussain huub huw hywel håkan héctor hélder hüseyin iain ibai ibikunle
    ibrahima ibrahimu ichiro idris idriss ieuan ifan ignasi ignatius ignaz ignazio ihab
    ihor ijaz ike ikenna ilan ilias ilir ilkka ilmari ilyas imad imanol imre imtiaz
    inacio inaki indrajit ingemar ingo ingvar inigo innokenty inzamam inácio ioannis
    iolo ionut ionuț iraj irakli iraklis irfan irvin irving irwin isaias isamu isaías
    ishaq ishmael ishwar isidro ismael ismet issam istván itamar itzhak itzik iulian
    ivar ivica ivo iwan izet iñaki iñigo jaafar jaap jabari jabir jabulani jacek jacinto
    jacobo jacobus jacopo jafar jagdish jaime jair jairam jakaya jakob jakub jalal
    jamaal jamaine jamar jameel jamel jamshid jan-erik jan-peter janez jannik janos
    jarek jarell jari jarkko jarl jarle jarmo jaromir jaromír jaroslav jarosław jarred
    jarvis jasem jassim jatin jaume javed javon jawad jawaharlal jawed jayant jaylen
    jayson jean-baptiste jean-charles jean-christophe jean-claude jean-francois
    jean-françois jean-guy jean-jacques jean-louis jean-luc jean-marc jean-marie
    jean-michel jean-noel jean-noël jean-paul jean-philippe jean-pierre jean-sebastien
    jean-sébastien jean-yves jed jedediah jedidiah jeffery jelle jeremias jeremie
    jeremías jeroen jeronimo jerrod jerónimo jethro jibril jide jindrich jindřich jiro
    jitendra jiří joakim joaquim joaquín jochem jochen joep joerg joern johann johannes
    joko jolyon jonatan jonathon jordi jorgen joris jorn jorrit joscha joschka joseba
    josep jost jostein josue josué josé jouko jovan jozef jozsef joão joël jude juergen
    juha juho julen julius junaid junichi junichiro junpei juri juris jussi justus jyrki
    jános jérémie jérôme józef józsef jörg jörgen jörn jørgen jürgen jüri jānis kaan
    kadir kaesang kai-uwe kailash kakha kalevi kalle kalonzo kamaleddine kamel kamil
    kamran kannan kapil karl-heinz karl-theodor karlheinz karoly karsten karthik
    karthikeyan kartik kartikeya kashif kashim kasper kassem kassym-jomart katsuhiko
    katsuya kaushal kaushik kaveh kawhi kayode kazem kazimierz kazuhiko kazuhiro kazuki
    kazunori kazuo kazuya kazuyuki kees keijo keir keisuke keitaro keizo kenan kendric
    kenenisa kenichi kenta kentaro kenzo keshav keshawn kestutis keyvan kgalema khadga
    khairy khosrow khurram kiichi kilian kimmo kiril kiro kishore kiumars kiyoshi kjetil
    klaas klas klaus-peter knud kobina koen kohei koichi koichiro koji kojiro kojo koldo
    konrad konstantinos koray kostis kosuke kotaro kourosh krasimir kreshnik kresimir
    krešimir krisjanis kristian kristof kristoffer kristopher kristóf krišjānis
    kumaraswamy kunle kuno kurtis kwabena kwadwo kwaku kwasi kweku kwesi kyohei kyriacos
    kyriakos kyrylo károly kęstutis lachlan ladislav lahcen lajos lalit lalu lambert
    lamberto lambros lamine lamont lancelot lassina laurens laurentiu laurențiu lauri
    lavar lawal leandro lefteris leiv lemuel lennart leonhard leonidas leopold leopoldo
    leszek levan levent levente levon liaquat libor lieven linas linus lisandro liviu
    ljubomir ljupco ljupčo llewellyn lluis lluís llywelyn lodewijk loic lorcan lorenz
    loris lotfi louay louie loïc luay lubomir lubomír lubos luboš luc lucian lucien
    lucio ludger ludovic ludovico ludvik ludvík luhut luka lukasz lukáš lulzim luther
    lutz luuk luís lyubomir lászló léon macario maciej macky madhav madhavan mads
    magomed mahamadou mahamat mahathir mahendra mahesh mahfud mahinda mahmood mahmud
    mahmut maithripala majed majid maksim maksym malachi malachy malte mamadi mamoru
    mamoun mandla manish manny manoj manolis manolo manos manouchehr mansoor mansour
    mansur manus marc-antoine marcantonio marcelino marcial marcin marcio marinos marius
    mariusz markku markos marnix marten marti martti martí masaaki masahiko
    masahiro masanori masao masaru masato masayoshi masayuki masoud masrour massimiliano
    massoud matej mathew mathijs matias matjaz matjaž matthieu mattia mattias matvei
    matvey matyas matías matěj maurits mauro maximiliano maximo mazen mehmood mehran
    mehrdad meinhard meir meirion mel melchor meles menachem menahem mendel mengistu
    menno merab mert merten mesut metin mevlut mevlüt michalis michaël micheal mick
    mieczyslaw mieczysław mihaly mihály mikel mikheil mikkel mikko miklos miklós milorad
    miloš miltiadis mindaugas minoru miodrag miquel mir-hossein mircea mirko miroslav
    miroslaw mirosław mirsad mithat mitt mladen moammar moataz moaz modibo modou moeen
    mogens mohammad-javad mohammad-reza mohammed-ali mohan mohand mohannad moisés
    mojtaba mokgweetsi momcilo momčilo montague monty mordecai mordechai morihiro morten
    morteza mortimer mosiuoa mostafa mostapha moti motti mounir mousa moustafa muath
    muhannad muharrem muhsin muhyiddin mujib mujibur mukesh mukul mukund mulatu mulugeta
    munir muqtada murad murali murdo murilo murugan mushtaq mustapha mutaz mwai mxolisi
    mykhailo mykola márcio mátyás máximo måns mícheál mārtiņš nabeel nachman nadav
    nadeem nader naftali nagendra naguib nahuel naif naji najib nandan naoki naoto naoya
    narayan naresh naruhito nasir nasreddine natan nathanael naveed naveen navin nawaf
    nayef nazareno nazario nazim nebojsa nebojša necdet nechirvan necmettin nehemiah
    nektarios nenad neymar ngugi nicanor niccolo niccolò nickolas nico nicolo nicolás
    nicolò nicos nicusor nicușor niek niels nihat nikhil nikifor nikiforos nikitas
    niklas niko nikolaos nikolaus nikolay nilesh ninoy nir nissim nitin nitish nizar
    njal nnamdi noam noboru nobuhiko nobuo nodar nolan norbert norberto norio noriyuki
    noureddine nouri nourredine nuhu numan nuno nuri nurlan nâzım néstor obadiah obaidul
    obinna obiora octavian oddvar odhran odysseas ofer ognyan oguz oisin oisín oladipo
    olafur oldrich oldřich oleksii oleksiy olli ollie olof olumuyiwa oluwole omer omid
    omri ondrej ondřej onur orazio oren oreste orhan oriol orson ortwin orville osamu
    oskar osman ostap osvaldo oswaldo otar otavio otmar ottaviano ottavio ottmar ottokar
    otávio oumar ousmane oussama ousseynou ove ovidio ovidiu owain owais oystein ozan
    ozzie oğuz paavo paco paddy padraig panagiotis pancho pankaj panos pantelis parag
    partha parvez parviz pascual pasi pasquale patricio patryk pavel pavlo pavlos pawan
    paweł peadar pejman pekka pentti percival percy pericles perikles periklis petar
    pete petri petrit petro petros petru petter petteri peyman philippe pierferdinando
    piergiorgio pierluigi piero pierpaolo pierre-andre pierre-andré pierre-henri
    pierre-yves pierrick piet pieter-jan pim pinchas pinhas piyush plamen platon
    porfirio povilas prabowo pradeep prakash pramod pranab prasad prasenjit prashant
    praveen pravin prawit prayut prayuth predrag prem premysl priit primoz primož pritam
    proinsias prokopis przemyslaw przemysław pyotr pádraig pär péter přemysl qais qasem
    qasim qassem quett quim quincy quintin quinton rabih rachid radek radko radoslav
    radosław radovan radu raed rafa rafal rafał rafe raffaele rafi rafik rafiq rafizi
    raghav raghuram ragnar raheem rahim rahm raila raimo raimondo raimonds raimund rajan
    rajat rajeev rajendra rajinikanth rajkumar rajnath rakesh ramakrishna ramanathan
    rameez ramesh rameshwar ramin ramiro ramiz ramses ramsés ramunas ramush ramzi ramón
    ramūnas randolph raniero ranil ranveer raouf raphaël rashad rasheed rasheem rashid
    rasmus rasoul ratan ratko rauf ravindra raymundo razvan raúl regis reijo reinald
    reinaldo reince reiner reinhard reinhold reinier rembrandt remi remo renato renaud
    rené reuven revaz rex reynaldo rhodri rhys riad ricard richarlison ridwan rigoberto
    rik rimantas rinaldo risto ritchie rivaldo riyad riza rizwan robbie roch roderich
    roderick rodger roel roeland rogelio rogerio rogier rogério rohan rohit rolando
    rollo romain romario romolo romário ronaldinho ronen roscoe rosendo rostam rostislav
    rubens rubén rudiger rudolf ruediger rufus ruhollah rui rumen ruprecht russ rustam
    rutger ruud ryohei ryosuke ryota ryszard ryuichi ryutaro régis rémi rüdiger răzvan
    rıza sabri saburo sadao sadegh sadeq sadik sadio sadiq sadyr saeb safet saif sajeeb
    sajid sajjad sakis salaheddine salahuddin saleem salomon salomón samak samora
    sandeep sander sandiaga sandor sani sanjeev sanjiv sanusi saqib sarfraz satish
    satoru satoshi saturnino satya saulius saurabh saverio savva savvas sead sebastiao
    sebastián sebastião sedat segun seiichi seiji sekou selahattin selcuk selim selçuk
    semih semyon senad senthil seppo serdar seretse sergi sergiy serhiy serik serzh
    seydou seymour seán shabtai shafiqur shafqat shahbaz shahid shahram shahrukh
    shailesh shalva shamil shankar shapour sharad sharath shashank shaul shaun shavkat
    shehu shehzad shekhar sherif shigeharu shigeo shigeru shimon shimshon shinichi
    shinji shinjiro shinpei shinsuke shintaro shivraj shlomo shmuel shmulik shoaib
    shohei shoichi shota shpend shuji shukri shunichi shunsuke shyam siamak siavash
    sibusiso sid siddaramaiah siddharth siegfried siegmund siem sietse sigmar sigmund
    sigmundur sigurd sigurdur sigurður siim silas simeon sinan sindre sipho sirajuddin
    sitaram siyabonga sizwe sjoerd skender slavi slavko slawomir soeharto soekarno
    soenke sohrab sokratis somchai somsak sondhi sonke sooronbay soren sorin sosuke sota
    sotiris souleymane sourav spiros spyros srdan srdjan srettha sridhar srinivas
    srinivasa srđan stamatis stan stanislav stanislaw stanisław stathis stavros stefanos
    steffen stefon steinar steingrimur steingrímur stelios stellan sten stepan stephan
    stevo stig stijn stipe stjepan stoyan struan stu stylianos ståle stéphane suat
    subhash subrahmanyam subramaniam subrata sudarshan sudhakar sudhir sudipto sugata
    suharto sujit sukarno sukru suleyman sumit sundar sune suraj surayud sushil susilo
    susumu suthep svante svatopluk svein sveinung sverre sviatoslav svyatoslav sybrand
    sylvain szymon sándor séamus sébastien sékou sönke sören søren süleyman sławomir
    taavi tad tadashi tadesse tadhg taher tahir takaaki takahiro takao takashi takayuki
    takeo takis takuya talal tamas tamim tamrat tamás taner tanju tapio taras tarcisio
    tarcísio tarik tarique tarmo tarquin tarun tasos tassilo tassos tathagata tatsuo
    tatsuya tawfeeq tawfik tawfiq tayeb tayyip tedros teemu tejashwi tekle tengiz teodor
    teodoro teppei terje tero terrance teruo tesfaye teshome tetsuo tetsuro tetsuya teun
    tewodros teymour thaddeus thaksin thamer thanasis thanos theo theodor theodoros
    theofanis theophile thibault thibaut thies thijmen thijs thilo thodoris thor
    thorsten thorvald thulani thurgood théo théophile tiago tibor tiburcio tidiane
    tiernan tigran tihomir tiit tijmen tikhon tillmann tilo timmy timo timofey timur
    tjeerd tobiah tobías todor tofail tohru tolga tomer tomiichi tomislav tommaso
    tomoaki tomohiro tomoya tomoyuki tomás tomáš toomas torben torbjorn torbjörn
    torbjørn tormod torquil torstein torsten toru toshimitsu toshio toshiro toshiyuki
    traian traugott tremaine trent trey tristram trofim truman trygve trystan tsuneo
    tsutomu tsvetan tullio tuncay tuomas tuomo turgut turhan turlough tushar ty tyree
    tyrell tyrese tyrique tzachi tzvi ubaldo uday uddhav udo ugo ugur uhuru ulf ulises
    ulrik ulysses umaru umesh unai upendra urho uriel urmas usama usman uzair uğur vadym
    vahan vahid vajiralongkorn valdas valdemar valdis valentino valentín valerii valerio
    valeriy vallabhbhai valéry vance vangelis vardan varun vasile vasileios vasili
    vasilis vasily vassilis vasudev vasyl vaughn vazgen vegard veikko veit venkaiah
    venkat venkatesh venustiano vesa vidar viggo vikas vilius villads vinay vince
    vinicius vinny vinod vinzenz vinícius viorel vipin virat virgil virgilio vishal
    vishwanath vitali vitaliy vitor vivek vlad vladimír vladislav vlastimil vojislav
    vojtech vojtěch volkan volkmar vsevolod vuk vusi vyron vytautas václav víctor vít
    wael waheed wahid waldemar waleed walfried walt walther wanderley waqar waseem wasim
    wataru wendel wendelin wendell wenzel wes wessel wiebe wieslaw wiesław wietse
    wijnand wiktor wilco wilfred wilfredo wilfried wilko willard willem willi willian
    willy wim winfried wiranto witold wladyslaw wole wolf-dieter wolfhard wolfram
    woodrow wopke wout wouter władysław xabi xabier xander xavi ya'akov yaakov yadollah
    yago yahya yair yakiv yakov yakubu yann yannick yariv yaroslav yasar yash yashwant
    yasin yasir yassin yassine yassir yasuhiko yasuhiro yasuo yasuyuki yavuz yazid yaşar
    yechezkel yechiel yedidya yediyurappa yegor yehezkel yehiel yehoshua yehuda yemane
    yevgeni yevgeniy yevhen yiannis yigael yigal yildirim yiorgos yitzchak yoav yoel
    yogendra yogesh yohai yohanan yohannes yohei yoichi yonatan yoram yosef yoshiaki
    yoshihiko yoshihiro yoshikazu yoshimasa yoshinori yoshio yoshiro yoshitaka yossi
    younes younis younus yousef youssou youssouf yousuf yoweri ype yrjo yrjö yuji yukio
    yunus yurii yuriy yury yusufu yusuke yuta yutaka yutaro yuval yuvraj yıldırım
    zabihullah zacarias zacarías zachariah zachery zack zackary zafar zafer zahid zaid
    zakari zakaria zakariya zakhar zaki zalman zalmay zander zarko zayed zbynek zbyněk
    zbyszek zdenek zdeněk zdzislaw zdzisław ze'ev zebedee zechariah zeev zeke zeki
    zeljko zhivko ziad ziaul ziaur ziga zisis zivko ziyad zlatko zoltán zouhair zsolt
    zubair zuhair zuheir zulfikar zurab zvi zviad zvonimir zygmunt ákos álvaro árpád åke
    éamon éamonn édouard émile étienne ólafur ömer øystein đorđe ľubomír łukasz şükrü
    žarko željko žiga živko ștefan
    """
)

FEMALE = _FEMALE_NEWS | _FEMALE_MORE
MALE = _MALE_NEWS | _MALE_MORE
